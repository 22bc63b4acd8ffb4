import sys
tests = [lambda: "ab" * (sys.maxsize // 2 + 1), lambda: len(range(2 ** 100)), lambda: range(2 ** 100)[2 ** 99],
         lambda: [1][2 ** 100], lambda: "abc"[2 ** 70], lambda: (1,) * (2 ** 63), lambda: b"x" * (2 ** 63), lambda: [1, 2][: 2 ** 100], lambda: "x".center(2 ** 70),
         lambda: (1).to_bytes(2 ** 70, "big"), lambda: 10 ** 10 ** 10 if False else "skip", lambda: 2.0 ** 2 ** 70 if False else "skip2", lambda: float(10 ** 400),
         lambda: 10 ** 400 / 3, lambda: 10 ** 400 // 3.0, lambda: round(1e308 * 10), lambda: int(float("inf")), lambda: [].insert(2 ** 100, 1),
         lambda: bytearray(2 ** 70), lambda: bytes(-1), lambda: list(range(2 ** 64, 2 ** 64 + 3)), lambda: range(0, 2 ** 64, 2 ** 62)[-1], lambda: sys.getsizeof(1) if False else "",
         lambda: "%.*f" % (2 ** 40, 1.0) if False else "", lambda: divmod(10 ** 400, 1e-300), lambda: (2 ** 70).__index__() > 0, lambda: hex(2 ** 100), lambda: "{:>{}}".format("x", 2 ** 70)]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", str(r)[:50])
    except (MemoryError, OverflowError, ValueError, IndexError, TypeError) as e:
        print(i, type(e).__name__, e)
