import pprint
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

data = {
    "users": [
        {"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 30, "langs": ("py", "c", "go")}},
        {"name": "bob", "roles": [], "meta": {"age": 25, "langs": ()}},
    ],
    "counts": {i: i * i for i in range(12)},
    "nested": [[1, [2, [3, [4, [5, [6]]]]]]],
    "text": "a fairly long string that will need to be wrapped when the width is small enough " * 2,
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["users"], compact=True, width=50)
print(pprint.pformat(list(range(40)), width=60))
print(pprint.pformat({"b": 1, "a": 2, "c": {"z": 0, "y": [1, 2]}}, sort_dicts=False))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key": ["value"] * 5, "other": {"x": 1}})
print(pprint.isreadable({"a": 1}), pprint.isrecursive([1]), pprint.saferepr({"a": [1, 2]}))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(" with id")[0], pprint.isrecursive(rec))
P = namedtuple("P", "x y")
pprint.pprint([P(1, 2), OrderedDict(a=1, b=2), Counter("hello"), deque([1, 2, 3]), defaultdict(int, {"k": 1})])
pprint.pprint({"s": {3, 1, 2}, "fs": frozenset({5, 4}), "t": (1,), "b": b"bytes" * 20}, width=60)
pprint.pp({"z": 1, "a": 2})
