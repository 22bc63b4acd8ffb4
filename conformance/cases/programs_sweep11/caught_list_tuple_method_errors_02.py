lst = [3, 1, 2]
calls = [
    ("lst.sort(reverse=None)", lambda: lst.sort(reverse=None)),
    ("lst.sort(key=5)", lambda: lst.sort(key=5)),
    ("lst.index(1, 'a')", lambda: lst.index(1, "a")),
    ("lst.count()", lambda: lst.count()),
    ("lst.insert(0)", lambda: lst.insert(0)),
    ("lst.pop('0')", lambda: lst.pop("0")),
    ("lst.remove()", lambda: lst.remove()),
    ("lst[1:2] = 5", lambda: lst.__setitem__(slice(1, 2), 5)),
    ("lst[::2] = [1]", lambda: lst.__setitem__(slice(None, None, 2), [1])),
    ("lst[5] = 1", lambda: lst.__setitem__(5, 1)),
    ("del lst[9]", lambda: lst.__delitem__(9)),
    ("lst * 1.0", lambda: lst * 1.0),
    ("lst + None", lambda: lst + None),
    ("lst < 'a'", lambda: lst < "a"),
    ("(1, 2) + [3]", lambda: (1, 2) + [3]),
    ("(1, 2).index(3)", lambda: (1, 2).index(3)),
    ("(1,) * 'x'", lambda: (1,) * "x"),
    ("tuple(1, 2)", lambda: tuple(1, 2)),
    ("list(range(3))[1.0]", lambda: list(range(3))[1.0]),
    ("[].extend(None)", lambda: [].extend(None)),
    ("[1] == [1.0]", lambda: [1] == [1.0]),
    ("sorted([(1, 'a'), (1, 2)])", lambda: sorted([(1, "a"), (1, 2)])),
]
for label, fn in calls:
    try:
        print(f"{label:<30} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<30} !! {type(e).__name__}: {e}")
print(lst)
