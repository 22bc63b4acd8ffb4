class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[slice]", self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, value):
        self._songs[index] = value

    def __delitem__(self, index):
        del self._songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __reversed__(self):
        return reversed(self._songs)

    def __bool__(self):
        return bool(self._songs)

    def __repr__(self):
        return f"Playlist({self.name!r}, {self._songs!r})"


pl = Playlist("mix", ["Alpha", "Beta", "Gamma", "Delta"])
print(len(pl), pl[0], pl[-1], pl[1:3])
print("beta" in pl, "omega" in pl, "omega" not in pl)
pl[1] = "Bravo"
del pl[0]
print(pl, list(reversed(pl)))
for i, s in enumerate(pl, 1):
    print(i, s)
print(bool(pl), bool(Playlist("empty")), sorted(pl), ",".join(pl))
try:
    pl[10]
except IndexError as e:
    print("IndexError", e)


class Squares:
    """Only __getitem__: iteration falls back to the old sequence protocol."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
a, b, c = Squares(3)
print(a, b, c)


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(pos)
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __len__(self):
        return self.w * self.h


g = Grid(3, 2)
g[1, 0] = "#"
g[2, 1] = "@"
for y in range(g.h):
    print("".join(g[x, y] for x in range(g.w)))
try:
    g[5, 5]
except KeyError as e:
    print("KeyError", e)
print(len(g))
