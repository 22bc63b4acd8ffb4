# __missing__ on dict subclasses: only d[key] calls it, not get/in/pop;
# its exceptions propagate; a non-dict class's __missing__ means nothing.
class Default(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        if key == "boom":
            raise LookupError("cannot make boom")
        value = self[key] = len(str(key))
        return value


d = Default(a=1)
print(d["a"], d["xyz"], d)
print(d.get("nope"), "nope" in d, d.pop("q", "default"))
try:
    d["boom"]
except LookupError as e:
    print("LookupError", e)

class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError", e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))

class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print("KeyError", e)

class InstanceMissing(dict):
    pass
im = InstanceMissing()
im.__missing__ = lambda key: "instance attr"
try:
    im["x"]
except KeyError as e:
    print("instance __missing__ ignored", e)

class MissingReturnsNone(dict):
    def __missing__(self, key):
        pass
print(MissingReturnsNone()[1])

class TupleKey(dict):
    def __missing__(self, key):
        return key
print(TupleKey()[1, 2])
