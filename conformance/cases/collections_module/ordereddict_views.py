# OrderedDict's keys(), values() and items() are odict views.
from collections import OrderedDict

od = OrderedDict([("b", 2), ("a", 1), ("c", 3)])
print(od.keys())
print(od.values())
print(od.items())
print(repr(OrderedDict().keys()), OrderedDict().values(), OrderedDict().items())
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
print(list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(len(od.keys()), "a" in od.keys(), "z" in od.keys(), ("a", 1) in od.items(), 3 in od.values())
keys = od.keys()
od["d"] = 4
od.move_to_end("b")
print(keys, len(keys))
print(sorted(od.keys() & {"a", "d", "x"}), sorted(od.keys() | {"x"}), sorted(od.keys() - {"a"}))
print(od.keys() == {"a", "b", "c", "d"}, od.keys() == OrderedDict.fromkeys("dcba").keys())
print(f"{od.items()}")
for k, v in od.items():
    print(k, v, end="; ")
print()
print(str(od.values()))
nested = OrderedDict(x=OrderedDict(y=1))
print(nested.items())
print(od)
