# __missing__ on dict subclasses: called by d[key] only, not by get or in.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(sorted(c.items()), c["zebra"], "zebra" in c, c.get("zebra"), len(c), dict.__getitem__(c, "q"), c.__getitem__("r"))
print(type(c).__name__, isinstance(c, dict), c == dict(c))


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


d = DefaultDict(list, a=[1])
d["a"].append(2)
d["b"].append(3)
d["c"]
print(d, d.factory is list)


class Loud(dict):
    def __missing__(self, key):
        raise KeyError("no " + str(key))


try:
    Loud()["x"]
except KeyError as e:
    print(type(e).__name__, e)


class NoMissing(dict):
    pass


try:
    NoMissing(a=1)["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(NoMissing(a=1)["a"])
