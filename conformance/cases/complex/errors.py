# What complex does not support: ordering, //, %, divmod, int(), float(),
# round(), a modulus in pow(), and zero division.
z = 3 + 4j
tests = [
    lambda: z < 1j, lambda: z >= 2, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2),
    lambda: 2 // z, lambda: int(z), lambda: float(z), lambda: round(z), lambda: z / 0,
    lambda: z / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: pow(z, 2, 3),
    lambda: pow(2, z, 3), lambda: pow(2, 3, 1j), lambda: pow(2.0, 1j, 3), lambda: 1j > 0,
    lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: abs(complex(1e308, 1e308)),
    lambda: complex(1e200, 1e200) ** 10, lambda: z & 1, lambda: ~z, lambda: z << 1,
    lambda: "a" + z, lambda: [1] * z, lambda: z.real.imag, lambda: z.foo,
    lambda: 0j ** 0, lambda: 0j ** 0j, lambda: 0j ** 2, lambda: complex(10 ** 400, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
