def two(a, b):
    return a + b


def kwo(*, key):
    return key


tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: two(c=1),
    lambda: kwo(1),
    lambda: kwo(),
    lambda: two(*5),
    lambda: two(**[1]),
    lambda: two(*[1], **{"a": 2}),
    lambda: dict(**{1: 2}),
    lambda: (lambda: 0)(1),
    lambda: max(1),
    lambda: sum(1, 2, 3),
    lambda: print(end=5),
    lambda: sorted(key=len),
    lambda: "".join(1, 2),
    lambda: [].sort(key=1, reverse=2, x=3),
    lambda: int(x=1),
    lambda: str(1, 2, 3, 4),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: enumerate(),
    lambda: zip(strict=3, x=1),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError", e)
