d = {"a": 1, ("t", 1): 2, 3: "x", None: 0, 2.5: "f", frozenset({1}): "fs"}
for k in ["b", ("t", 2), 4, 2.6, False, frozenset({2}), "", (), ("nested", ("x",))]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e, repr(e.args[0]), str(e) == repr(k))
for op in [lambda: d.pop("zz"), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove((1, 2)),
           lambda: {"a"}.remove("b"), lambda: d.__delitem__("q"), lambda: frozenset().remove if False else set().remove([])]:
    try:
        op()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
from collections import defaultdict, Counter, OrderedDict
for obj in [defaultdict(list), Counter(), OrderedDict()]:
    try:
        obj.pop("missing")
    except KeyError as e:
        print(type(obj).__name__, "KeyError", e)
print(defaultdict(list)["new"], Counter()["nothing"])
