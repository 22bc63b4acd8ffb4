tests = [
    lambda: sorted([], foo=1), lambda: print(foo=1), lambda: int(x=1), lambda: int("1", base=2, x=1), lambda: "".split(sep=",", maxsplit=1, x=2),
    lambda: max(key=len), lambda: max([1], [2], default=0), lambda: min([], key=None, default=None, x=1), lambda: zip(strict=True, a=1),
    lambda: enumerate(x=[]), lambda: enumerate([], start=1, x=2), lambda: range(stop=3), lambda: list(iterable=[]), lambda: dict(x=1, **{"y": 2}),
    lambda: sum([1], start=1, x=2), lambda: round(number=1.5, ndigits=1), lambda: round(1.5, ndigits=None, x=1), lambda: pow(base=2, exp=3, mod=None),
    lambda: divmod(a=1, b=2), lambda: "abc".replace(old="a", new="b"), lambda: "abc".encode(encoding="ascii", errors="strict", x=1),
    lambda: [].sort(1), lambda: [].sort(key=None, reverse=False, x=1), lambda: "a".startswith(prefix="a"), lambda: {}.get(key=1),
    lambda: {}.pop(key=1), lambda: [].index(value=1), lambda: isinstance(obj=1, class_or_tuple=int), lambda: str(object="a", x=1),
    lambda: str(b"a", encoding="utf-8", errors="strict", x=1), lambda: bytes(source=b"", x=1), lambda: float(x=1.0), lambda: complex(real=1, imag=2, x=3),
    lambda: tuple(x=1), lambda: set(x=1), lambda: frozenset(iterable=[]), lambda: bool(x=1), lambda: type(1, 2), lambda: iter([], 1, 2),
    lambda: next(iter([]), 1, 2), lambda: getattr(1, "x", 2, 3), lambda: filter(None, [], x=1), lambda: map(function=None), lambda: reversed(sequence=[]),
    lambda: hash(obj=1), lambda: len(obj=[]), lambda: abs(x=1), lambda: repr(obj=1), lambda: format(1, format_spec="d", x=1), lambda: chr(i=65),
    lambda: "{}".format_map({}, 1), lambda: "x".join(iterable=[]), lambda: "x".center(width=3), lambda: "x".ljust(3, fillchar="-"), lambda: "x".split(","),
    lambda: "a,b".rsplit(",", maxsplit=1), lambda: "a b".splitlines(keepends=True), lambda: "a".expandtabs(tabsize=2), lambda: (1).to_bytes(length=2, byteorder="big"),
    lambda: int.from_bytes(bytes=b"\x01", byteorder="big"), lambda: (1.5).__round__(ndigits=0), lambda: [].pop(index=0), lambda: [1].insert(index=0, object=1),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:50] if not callable(r) else "callable")
    except Exception as e:
        print(i, type(e).__name__, str(e)[:140])
