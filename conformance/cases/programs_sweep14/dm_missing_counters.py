# dict subclasses with __missing__: a counter, a nested tree and a default
# that depends on the key.
class Counts(dict):
    def __missing__(self, key):
        return 0


class Tree(dict):
    def __missing__(self, key):
        value = self[key] = Tree()
        return value

    def paths(self, prefix=()):
        for k, v in self.items():
            if isinstance(v, Tree) and v:
                yield from v.paths(prefix + (k,))
            else:
                yield prefix + (k,), v


class Squares(dict):
    calls = 0

    def __missing__(self, key):
        Squares.calls += 1
        if not isinstance(key, int):
            raise KeyError(f"no square for {key!r}")
        self[key] = key * key
        return self[key]


words = "the cat and the hat and the bat".split()
c = Counts()
for w in words:
    c[w] += 1
print(sorted(c.items()), c["dog"], "dog" in c, c.get("dog"))

t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
t["e"] = 3
print(list(t.paths()))
print(t)

s = Squares()
print(s[4], s[4], s[5], Squares.calls, s)
try:
    s["x"]
except KeyError as e:
    print("KeyError:", e)
print(s.get(9, "get skips __missing__"), 9 in s, s.setdefault(9, 0), s[9])


class Loud(dict):
    def __missing__(self, key):
        print("missing", key)
        raise LookupError(key)


try:
    Loud(a=1)["b"]
except LookupError as e:
    print(type(e).__name__, e)
print(Loud(a=1).pop("a"), Loud().pop("z", "default"))
