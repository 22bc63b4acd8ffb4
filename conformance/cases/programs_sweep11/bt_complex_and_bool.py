z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, z ** 2, -z, repr(1 + 0j), repr(-0j))
print(complex("1+2j"), complex("-3.5j"), complex(2), 1j ** 2, (1 + 2j) == complex(1, 2), format(z, ".2f"))
print(f"{z:>15}", f"{1.5 + 2j:g}", str(complex(0, -1)), complex(1e300, 1e300) * 10)
print(True + 1, True * 3.5, False ** 0, ~True, -True, True & False, True | 2, True ^ True, bool("0"), bool(""))
print(isinstance(True, int), int(True), str(True), repr(False), True == 1, hash(True), {1: "a", True: "b"})
print(sum([True, True, False]), max(False, 0), sorted([True, False, 0, 1]), divmod(True, 2))
for bad in [lambda: complex("1+"), lambda: z < z, lambda: int(z), lambda: z // 2, lambda: complex(1, "2"),
            lambda: abs(complex(1e308, 1e308)), lambda: 0j ** -1, lambda: round(z)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
