class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b, a < b, b > a, a <= c, b >= a)
print(sorted([b, a, Version(0, 9)]))
print(max([a, b]), min([a, b]))
print(a == 3, a != 3)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
print(Version.__hash__)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("b") in d, Key("z") in d, len({Key(1), Key(1), Key(2)}))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p), {p: 1}[p])


class Reverse:
    def __gt__(self, other):
        return "gt called"


print(3 < Reverse())
