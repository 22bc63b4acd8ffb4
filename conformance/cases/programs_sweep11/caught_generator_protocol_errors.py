def g():
    yield 1


calls = [
    ("next(g())", lambda: next(g())),
    ("g().send(1)", lambda: g().send(1)),
    ("g().throw()", lambda: g().throw()),
    ("g().throw(1)", lambda: g().throw(1)),
    ("g().throw(ValueError, 1, 2, 3)", lambda: g().throw(ValueError, 1, 2, 3)),
    ("g().close(1)", lambda: g().close(1)),
    ("len(g())", lambda: len(g())),
    ("g()[0]", lambda: g()[0]),
    ("list(g()) + list(g())", lambda: list(g()) + list(g())),
    ("reversed(g())", lambda: reversed(g())),
    ("(x for x in 5)", lambda: (x for x in 5)),
    ("iter(g()).send(None)", lambda: iter(g()).send(None)),
    ("g().gi_running", lambda: g().gi_running),
    ("g.__name__", lambda: g.__name__),
    ("g().__name__", lambda: g().__name__),
    ("type(g()).__name__", lambda: type(g()).__name__),
    ("hasattr(g(), '__next__')", lambda: hasattr(g(), "__next__")),
]
for label, fn in calls:
    try:
        print(f"{label:<32} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<32} !! {type(e).__name__}: {e}")
