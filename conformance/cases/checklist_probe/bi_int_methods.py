calls = [
    lambda: (255).to_bytes(2, "big"), lambda: (255).to_bytes(1, "little"), lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big", signed=True), lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(), lambda: (1).to_bytes(2, "middle"), lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(length=2, byteorder="little"), lambda: (0).to_bytes(0, "big"), lambda: (1).to_bytes(0, "big"),
    lambda: int.from_bytes(b"\x00\x10", "big"), lambda: int.from_bytes(b"\xff", "big", signed=True),
    lambda: int.from_bytes([1, 2], "little"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b""),
    lambda: int.from_bytes(b"\x01", byteorder="bad"), lambda: int.from_bytes(5, "big"),
    lambda: bool.from_bytes(b"\x01", "big"), lambda: (5).bit_length(), lambda: (-5).bit_length(), lambda: (0).bit_length(),
    lambda: (255).bit_count(), lambda: (-255).bit_count(), lambda: (10).as_integer_ratio(), lambda: True.as_integer_ratio(),
    lambda: (7).conjugate(), lambda: (7).real, lambda: (7).imag, lambda: (7).numerator, lambda: (7).denominator,
    lambda: (10).__round__(-1), lambda: (15).__round__(-1), lambda: (25).__round__(-1), lambda: round(-25, -1),
    lambda: round(12345, -2), lambda: round(5, 2), lambda: round(5, None), lambda: round(5, 1.0),
    lambda: round(2.5), lambda: round(3.5), lambda: round(-2.5), lambda: round(2.675, 2), lambda: round(1e300, -300),
    lambda: round(123.456, -1), lambda: round(123.456, -5), lambda: round(0.5, 0), lambda: round(float("inf")),
    lambda: round(float("nan")), lambda: round(float("inf"), 2), lambda: round("1"), lambda: round(1.5, "1"),
    lambda: divmod(7, -2), lambda: divmod(-7, 2), lambda: divmod(-7.5, 2), lambda: divmod(7, 0), lambda: divmod(7.0, 0),
    lambda: divmod(1, 0.0), lambda: divmod(2**70, -3), lambda: pow(2, -1), lambda: pow(2, -1, 7), lambda: pow(3, -1, 6),
    lambda: pow(2, 3, 0), lambda: pow(2, 3, -5), lambda: pow(-2, 3, 5), lambda: pow(2.0, 3, 5), lambda: pow(2, 0.5, 5),
    lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow(-8, 1/3), lambda: pow(-1, 0.5), lambda: pow(2, 3, mod=3),
    lambda: pow(base=2, exp=5), lambda: (-2) ** 0.5, lambda: 0 ** 0, lambda: 10 ** -2, lambda: (-1) ** -3,
    lambda: 7 // 0, lambda: 7 % 0, lambda: 7.0 % 0, lambda: 7 / 0, lambda: -7 // 2.0, lambda: -7 % 2.5, lambda: 1e308 * 10,
    lambda: 2 ** 1024 * 1.0, lambda: float(2 ** 1024), lambda: 2**1024 / 1, lambda: 1 / 2**1024, lambda: (2**1024) // 1.5,
    lambda: 5 << -1, lambda: 5 >> -1, lambda: 1 << 2**70, lambda: -1 >> 100, lambda: 5 & 1.0, lambda: ~True,
    lambda: -True, lambda: True + True, lambda: True / False, lambda: abs(-True), lambda: int.__add__(1, 1.0),
    lambda: (1).__truediv__(0), lambda: (3).__rsub__(1), lambda: int.bit_length(True), lambda: (5).__format__("b"),
    lambda: (-7).__floordiv__(2), lambda: (7).__pow__(2, 5), lambda: hash(-1),
    lambda: int.__new__(int, "7"), lambda: int.__new__(bool, 1), lambda: bool(-0.0), lambda: bool("False"),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
