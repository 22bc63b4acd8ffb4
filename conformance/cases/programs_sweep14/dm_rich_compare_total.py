# Version objects with functools.total_ordering and mixed comparisons.
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def _key(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(t) for t in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.1"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2.0"), Version("1.2") <= "1.2.0", Version("2") > "1.99")
print(Version("1.0") >= Version("1"), "1.5" < Version("1.10"), len(set(vs)))
for bad in (lambda: Version("1") < 2, lambda: Version("1") >= None):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Version("1") == 1, Version("1") != [1])
print(sorted(["1.3", Version("1.2"), "1.1"], key=lambda v: v if isinstance(v, Version) else Version(v)))
