tests = [
    lambda: int("3.5"),
    lambda: int(""),
    lambda: int("  "),
    lambda: int("0x10"),
    lambda: int("10", 16),
    lambda: int("z", 36),
    lambda: int("1e3"),
    lambda: int(b"12"),
    lambda: int(b"1 2"),
    lambda: int([1]),
    lambda: float(""),
    lambda: float("1,5"),
    lambda: float(b"2.5"),
    lambda: float("infinity"),
    lambda: float("-nan"),
    lambda: complex(""),
    lambda: complex("1 + 2j"),
    lambda: bool("False"),
    lambda: str(b"x"),
    lambda: bytes("abc"),
    lambda: bytes(-1),
    lambda: list("ab"),
    lambda: tuple({1: 2}),
    lambda: dict([[1, 2], "ab"]),
    lambda: dict(["abc"]),
    lambda: set([[1]]),
    lambda: chr(0x110000),
    lambda: chr("a"),
    lambda: ord(""),
    lambda: ord(b"ab"),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except (ValueError, TypeError, OverflowError) as e:
        print(i, type(e).__name__, e)
