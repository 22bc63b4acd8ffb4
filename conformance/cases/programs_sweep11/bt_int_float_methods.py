n = 255
print(n.bit_length(), n.to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).bit_count())
print((10).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(int("ff", 16), int("0b101", 0), int(" 42 "), int("1_000"), int(-3.9), int("-0o17", 8))
print(float("1e3"), float(" -inf "), float("nan") != float("nan"), (1.5).hex(), float.fromhex("0x1.8p1"))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1, 7), pow(2, -2))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2), round(5.5555, 3))
print(abs(-7), abs(-2.5), (7).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
print(10 // 3, -10 // 3, 10 % -3, -10 % 3, 2 ** -1, 7 / 2, 1e308 * 10, -1e308 * 10)
print(int.__name__, (5).__index__(), True + True, 3 == 3.0, hash(3) == hash(3.0))
for bad in [lambda: int("abc"), lambda: int("12", 1), lambda: float("x1"), lambda: 1 / 0,
            lambda: 1 % 0, lambda: 2.0 // 0, lambda: (1).to_bytes(0, "big"), lambda: int(float("inf")),
            lambda: int(float("nan")), lambda: pow(2, 1, 0), lambda: pow(0, -1), lambda: (-8) ** 0.5 + "",
            lambda: 10 ** 400 * 1.0, lambda: round(1.5, "x"), lambda: int("5", base=40)]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
