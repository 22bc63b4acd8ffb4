NONE = None
tests = [
 lambda: [1,2].index(5), lambda: (1,2).index(5), lambda: "abc".index("z"), lambda: [].pop(),
 lambda: {}.pop("k"), lambda: set().pop(), lambda: {}.popitem(), lambda: [1].remove(2),
 lambda: {1}.remove(2), lambda: "a,b".split(""), lambda: "x".center(5, "ab"), lambda: int("1_"),
 lambda: int("12", 1), lambda: float("abc"), lambda: "abc".encode("nope"), lambda: b"\xff".decode(),
 lambda: list(range(3))[5], lambda: "abc"[10], lambda: (1,)[2], lambda: range(0, 10, 0),
 lambda: bytes([300]), lambda: chr(-1), lambda: ord("ab"), lambda: divmod(1, 0), lambda: 2 ** -1 % 0,
 lambda: pow(2, -1, 4), lambda: [1, 2] + (3,), lambda: "a" + 1, lambda: 1 + "a", lambda: [] * 1.5,
 lambda: {}["a"], lambda: dict([(1, 2, 3)]), lambda: dict.fromkeys(1), lambda: sorted([1, "a"]),
 lambda: max([]), lambda: min(1), lambda: sum(["a", "b"]), lambda: sum([[1]], 0), lambda: "".join([1]),
 lambda: "abc".replace(1, 2), lambda: "a".startswith(["a"]), lambda: list.append(), lambda: [].sort(1),
 lambda: frozenset([[1]]), lambda: {[]: 1}, lambda: hash([]), lambda: iter(5), lambda: next(iter([])),
 lambda: len(5), lambda: abs("x"), lambda: round("x"), lambda: int(None), lambda: 1 < "a", lambda: [] < (),
 lambda: NONE(), lambda: (1).foo, lambda: "x".foo(), lambda: setattr(1, "a", 2), lambda: object().x,
 lambda: zip(1), lambda: enumerate(1, "a"), lambda: isinstance(1, 2), lambda: issubclass(1, int),
 lambda: "abc".split(maxsplit="1"), lambda: str(b"x", "bad-enc"), lambda: bytes("x"), lambda: bytearray(-1),
 lambda: [1,2,3][1:2:0], lambda: "%d" % "x", lambda: "{:>}".format(), lambda: int.from_bytes("x", "big"),
 lambda: (1).to_bytes(1, "middle"), lambda: (256).to_bytes(1, "big"), lambda: float("1e500") * 0 + int(float("inf")),
 lambda: int(float("nan")), lambda: 10 ** 5.0 ** 400, lambda: complex("1+"), lambda: 1j < 2j, lambda: [].extend(1),
 lambda: "ab".count(), lambda: "x".zfill("a"), lambda: "a".ljust(2, ""), lambda: str.upper(1), lambda: dict(1),
 lambda: list(1), lambda: tuple(None), lambda: set(1.0), lambda: {1: 2}.update(3), lambda: {1: 2} | [1],
 lambda: {1} | [1], lambda: {1} - [1], lambda: slice(1)[0],
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__, e)
