# A warm slot site reads and writes the field at the offset of the member
# descriptor it saw. Rebinding the class's member to another class's member
# descriptor, whose offset lies past the end of this class's instances,
# must not make the warm sites read or write there: the slow path's
# TypeError, every time, for loads and stores; and a collection in between
# (which could hand the old descriptor's address to a new object) changes
# nothing.
# expect-output: warm: ['small', 'small', 'small']
# expect-output: load TypeError descriptor 'far' for 'Wide' objects doesn't apply to a 'Small' object
# expect-output: store TypeError descriptor 'far' for 'Wide' objects doesn't apply to a 'Small' object
# expect-output: after collection: load TypeError
# expect-output: restored: ['small', 'again']


class Small:
    __slots__ = ("s",)


class Wide:
    __slots__ = tuple(f"f{i}" for i in range(64)) + ("far",)


def load(o):
    return o.s


def store(o, v):
    o.s = v


obj = Small()
obj.s = "small"
print("warm:", [load(obj) for _ in range(3)])
for _ in range(3):
    store(obj, "small")
original = Small.s
Small.s = Wide.far
try:
    load(obj)
except TypeError as e:
    print("load TypeError", e)
try:
    store(obj, 12345)
except TypeError as e:
    print("store TypeError", e)
junk = [[i] for i in range(300_000)]  # a collection
del junk
Small.s = Wide.far
try:
    load(obj)
    print("after collection: read something")
except TypeError:
    print("after collection: load TypeError")
Small.s = original
first = load(obj)
store(obj, "again")
print("restored:", [first, load(obj)])
