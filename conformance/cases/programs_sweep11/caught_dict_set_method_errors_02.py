d = {"a": 1}
s = {1, 2}
calls = [
    ("d.get()", lambda: d.get()),
    ("d.get(1, 2, 3)", lambda: d.get(1, 2, 3)),
    ("d.pop()", lambda: d.pop()),
    ("d.setdefault()", lambda: d.setdefault()),
    ("d.update([1])", lambda: d.update([1])),
    ("d.update([('a',)])", lambda: d.update([("a",)])),
    ("d.fromkeys(1)", lambda: d.fromkeys(1)),
    ("d.keys(1)", lambda: d.keys(1)),
    ("d | 1", lambda: d | 1),
    ("d < d", lambda: d < d),
    ("d[[]] = 1", lambda: d.__setitem__([], 1)),
    ("s.add()", lambda: s.add()),
    ("s.add([])", lambda: s.add([])),
    ("s.union(1)", lambda: s.union(1)),
    ("s | [1]", lambda: s | [1]),
    ("s - 1", lambda: s - 1),
    ("s.issubset(5)", lambda: s.issubset(5)),
    ("s.discard({})", lambda: s.discard({})),
    ("{1} < [1]", lambda: {1} < [1]),
    ("frozenset([[1]])", lambda: frozenset([[1]])),
    ("set(1, 2)", lambda: set(1, 2)),
    ("{}.popitem(1)", lambda: {}.popitem(1)),
]
for label, fn in calls:
    try:
        print(f"{label:<26} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<26} !! {type(e).__name__}: {e}")
