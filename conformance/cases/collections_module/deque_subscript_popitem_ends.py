# deque subscripts (ints in range, at both ends, negative, bool, an
# __index__ object, out of range) and maxlen appends; OrderedDict.popitem
# takes the end key without a subclass's __iter__ or __reversed__.
from collections import OrderedDict, deque


class Index:
    def __index__(self):
        return 1


class Sized(deque):
    def __len__(self):
        return 2


d = deque(range(10), maxlen=6)
for i in range(14):
    d.append(i * i)
print(d, d[0], d[5], d[-1], d[-6], d[True], d[Index()])
d.appendleft(-1)
d.popleft()
d.popleft()
print(d, d[0], d[3], len(d))
for index in [5, -6, 2**70, -2**63 - 1, "0", 1.0]:
    try:
        print(d[index])
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__, exc)
s = Sized([1, 2, 3, 4])
print(s[3], s[-1], s[0])
empty = deque(maxlen=0)
empty.append(1)
print(empty, len(empty))


class Loud(OrderedDict):
    def __iter__(self):
        print("__iter__")
        return super().__iter__()

    def __reversed__(self):
        print("__reversed__")
        return super().__reversed__()


o = Loud(a=1, b=2, c=3)
print(o.popitem(), o.popitem(last=False), list(o))
o.clear()
try:
    o.popitem()
except KeyError as exc:
    print("KeyError", exc)
for action in ["set", "del"]:
    try:
        if action == "set":
            d[2**64] = 0
        else:
            del d[-2**64]
    except IndexError as exc:
        print(action, exc)
