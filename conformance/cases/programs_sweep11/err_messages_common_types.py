tests = [
    lambda: None + 1,
    lambda: [1] - [1],
    lambda: {} < {},
    lambda: "a" * 1.5,
    lambda: 3 @ 4,
    lambda: -"x",
    lambda: ~1.5,
    lambda: len(None),
    lambda: (lambda n: n[0])(None),
    lambda: (1).foo,
    lambda: None.bar,
    lambda: "x".foo(),
    lambda: int.nope,
    lambda: [].nope,
    lambda: 1 < "a",
    lambda: [1] < (1,),
    lambda: 5 in 5,
    lambda: "a" in [1] in 3,
    lambda: 1 in "abc",
    lambda: [][0],
    lambda: ()[0],
    lambda: ""[0],
    lambda: {}[0],
    lambda: {1: 2}[[1]],
    lambda: (1, 2).append(3),
    lambda: frozenset().add(1),
    lambda: "abc".__setitem__(0, "x"),
    lambda: float("1.2.3"),
    lambda: int("１２x"),
    lambda: [1, 2, 3][1:2:0],
    lambda: 2 ** "x",
    lambda: divmod(1, 0),
    lambda: 0.0 ** -1,
    lambda: 10 % 0.0,
    lambda: object().x,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
