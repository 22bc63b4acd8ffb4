# A playlist on MutableSequence; removing a song that is not there ends the
# program with ValueError raised inside the frozen mixins (remove, then
# index), which CPython shows as two '<frozen _collections_abc>' entries.
from collections.abc import MutableSequence


class Playlist(MutableSequence):
    def __init__(self, name, songs=()):
        self.name = name
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, i):
        return self._songs[i]

    def __setitem__(self, i, song):
        self._songs[i] = song

    def __delitem__(self, i):
        del self._songs[i]

    def insert(self, i, song):
        if not song.strip():
            raise ValueError("empty song title")
        self._songs.insert(i, song)

    def __repr__(self):
        return f"Playlist({self.name!r}, {self._songs})"


p = Playlist("road trip", ["Intro", "Highway", "Sunset"])
p.append("Encore")
p.extend(["Bonus"])
p += ["Hidden"]
print(p, len(p), "Sunset" in p, p.index("Highway"), p.count("Intro"))
p.reverse()
print(p, p.pop(), p.pop(0), p)
p.remove("Sunset")
print(list(reversed(p)))
try:
    p.append("   ")
except ValueError as e:
    print("rejected:", e)
p.remove("Sunset")
