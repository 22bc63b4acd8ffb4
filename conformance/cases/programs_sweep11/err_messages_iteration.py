tests = [
    lambda: iter(None),
    lambda: next(iter([]), ),
    lambda: list(5),
    lambda: [x for x in 3],
    lambda: dict.fromkeys(1),
    lambda: sorted(1),
    lambda: "".join(5),
    lambda: set(1.5),
    lambda: min(5),
    lambda: {**[1]},
    lambda: [*None],
    lambda: (lambda *a: a)(*1),
    lambda: zip([1], 2),
    lambda: map(abs, 3),
    lambda: enumerate(None),
    lambda: reversed(5),
    lambda: reversed(iter([1])),
    lambda: len(iter([])),
    lambda: iter([]).__next__(),
    lambda: sum(x for x in None),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except (TypeError, StopIteration) as e:
        print(i, type(e).__name__, e)
