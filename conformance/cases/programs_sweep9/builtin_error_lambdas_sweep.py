S3, L1, T2 = "abc", [1], (1, 2)
tests = [
    lambda: [].pop(), lambda: {}.popitem(), lambda: [1].index(2), lambda: "abc".index("z"), lambda: (1,).index(5),
    lambda: [1, 2].remove(3), lambda: set().pop(), lambda: int("1e5"), lambda: float("1,5"), lambda: complex("1+"),
    lambda: "a" * "b", lambda: [] + (), lambda: () + [], lambda: {} + {}, lambda: {1} + {2}, lambda: None + 1,
    lambda: 1 + None, lambda: "x" - "y", lambda: -"x", lambda: ~1.5, lambda: abs("x"), lambda: len(5), lambda: iter(5),
    lambda: next([]), lambda: hash([]), lambda: hash({}), lambda: {[]: 1}, lambda: {{}}, lambda: sorted(5),
    lambda: S3[1.0], lambda: L1[None], lambda: T2["a"], lambda: {"a": 1}["b"], lambda: "abc"[10],
    lambda: [][0], lambda: ()[0], lambda: range(3)[5], lambda: b"ab"[9], lambda: bytearray()[0],
    lambda: "x".join([1, 2]), lambda: ",".join(["a", None]), lambda: b",".join(["a"]), lambda: "abc".split(""),
    lambda: "abc".center(), lambda: "abc".center(5, "ab"), lambda: "a".replace(1, 2), lambda: "a".startswith(["a"]),
    lambda: int(None), lambda: float([]), lambda: str(1, 2), lambda: list(1), lambda: tuple(None), lambda: dict(1),
    lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "c"]), lambda: set([[]]), lambda: frozenset(1), lambda: range(1.5),
    lambda: range(1, 2, 0), lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""),
    lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.0 // 0, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -1),
    lambda: round("x"), lambda: round(1.5, "a"), lambda: min(), lambda: max([]), lambda: min(1), lambda: sum(["a"]),
    lambda: sum([1], "x"), lambda: sum([[1]]), lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: getattr(1, 2),
    lambda: setattr(1, "x", 2), lambda: delattr(1, "real"), lambda: (1).real.__setattr__("x", 1), lambda: object().x,
    lambda: int.x, lambda: "abc".x, lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(), lambda: {}.get(1, 2, 3),
    lambda: "a".encode("nope"), lambda: b"a".decode("nope"), lambda: "é".encode("ascii"), lambda: bytes("a"),
    lambda: bytes(-1), lambda: bytearray([300]), lambda: int("9" * 5000), lambda: str(10 ** 5000),
    lambda: list(zip([1], strict=True, x=1)), lambda: list(zip([1], [1, 2], strict=True)), lambda: list(map(None)),
    lambda: enumerate(1), lambda: reversed(5), lambda: format(1, "z"), lambda: format("a", "d"),
    lambda: "{}".format(), lambda: "{0}{}".format(1, 2), lambda: "{a}".format(b=1), lambda: "%d" % "x", lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2), lambda: "%(a)s" % {"b": 1}, lambda: "%z" % 1, lambda: callable(), lambda: print(sep=1),
    lambda: [1, 2, 3].sort(key=1), lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: (lambda: 0)(a=1),
    lambda: (lambda *, k: k)(1), lambda: (lambda a, /: a)(a=1), lambda: int.from_bytes("ab", "big"),
    lambda: (1).to_bytes(1, "mid"), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
    lambda: [1, 2].insert("a", 1), lambda: "abc".count(), lambda: "a".zfill("3"), lambda: "a" < 1, lambda: [] < (),
    lambda: 1j < 2j, lambda: None < None, lambda: {} <= {}, lambda: complex(1, "a"), lambda: complex("a", 1),
    lambda: int("0x10", 16.0), lambda: "abc".expandtabs("a"), lambda: "abc".splitlines(1.5), lambda: str.upper(1),
    lambda: list.append((), 1), lambda: dict.fromkeys(1), lambda: {}.update(1), lambda: {}.update([1]),
    lambda: {}.setdefault(), lambda: {}.pop(1), lambda: [].extend(1), lambda: set().update(1), lambda: {1}.issubset(1),
    lambda: frozenset().add, lambda: frozenset().add(1), lambda: (1, 2).append(3), lambda: "abc".__len__(1),
    lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: [1][1:2:0], lambda: int.__new__(str),
    lambda: object.__new__(int), lambda: type("x"), lambda: super(), lambda: bool(1, 2), lambda: NotImplemented + 1,
    lambda: Ellipsis(), lambda: len.x, lambda: print.__name__,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:60] if not callable(r) else type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, str(e)[:120])
