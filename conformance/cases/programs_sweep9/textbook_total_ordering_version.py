from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        self.parts = tuple(int(p) for p in parts)
        self.text = text
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()
    def _key(self):
        p = list(self.parts)
        while p and p[-1] == 0:
            p.pop()
        return tuple(p)
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return f"Version('{self.text}')"

vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.10.1"]]
print(sorted(vs))
print(Version("1.2") == Version("1.2.0.0"), Version("1.2") <= Version("1.2.0"))
print(Version("3") > Version("2.99"), Version("1") >= Version("1.0.1"))
print(len(set(vs)))
try:
    Version("1") < 3
except TypeError as e:
    print(e)
print(Version("1") == "1", Version("1") != "1")
print(max(vs), min(vs))
