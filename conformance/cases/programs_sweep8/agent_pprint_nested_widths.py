import pprint
data = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"age": 20 + i, "tags": tuple(range(i))}} for i in range(4)],
        "config": {"z": 1, "a": [1.5, None, True], "nested": {"deep": {"deeper": list(range(30))}}}, "s": "x" * 90, "set": {3, 1, 2}, "fs": frozenset({5, 4})}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["config"], sort_dicts=False, compact=True, width=50)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30)
print(pprint.pformat({"a": "long string " * 8}, width=40))
print(pprint.pformat(("x" * 30, "y" * 30), width=40), pprint.saferepr([1, [2, [3]]]), pprint.isreadable([1]), pprint.isrecursive([1]))
l = [1]; l.append(l); print(pprint.saferepr(l).split(" with")[0])
pp = pprint.PrettyPrinter(indent=4, width=30); pp.pprint({"key": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "k2": "v"})
pprint.pprint(b"bytes" * 20, width=40); pprint.pprint(bytearray(b"ab")); pprint.pprint({}); pprint.pprint([[], {}, ()])
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict(a=1, b=[1] * 30)); pprint.pprint(defaultdict(int, {"a": 1})); pprint.pprint(Counter("aabbbc")); pprint.pprint(deque(range(30), maxlen=40))
from dataclasses import dataclass, field
@dataclass
class D: a: int; b: list = field(default_factory=lambda: list(range(25))); c: str = "text"
pprint.pprint(D(1), width=40); pprint.pprint([D(2)] * 2, width=60)
