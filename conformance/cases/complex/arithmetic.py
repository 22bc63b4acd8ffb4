# complex arithmetic with ints, floats and complexes, and the reprs of the
# results (a +0 real part is left out; parts drop float's ".0").
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w), abs(z), z.real, z.imag, z.conjugate())
print(type(z).__name__, type(z.real).__name__, type(abs(z)).__name__)
print(z + w, z - w, z * w, z / w, -z, +z)
print(z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** w, z ** 0, (1 + 1j) ** 100)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, 2 / z, z - 1.5, 1.5 - z)
print(1j, -1j, 0j, -0j, 1j * 1j, 1 + 0j, complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0))
print(repr(1e16j), repr(1.5e-7 + 2j), repr(complex(0.0, float("nan"))))
print(repr(complex(1, float("-inf"))), repr(complex(float("inf"), 1)), repr(complex(-1, 0)))
print(z == 3 + 4j, z != w, z == (3 - 4j).conjugate(), 1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1)
print(2 ** 53 + 1 == complex(2 ** 53 + 1), 0j == 0, 0j == False, [1j, 2] == [1j, 2.0 + 0j])
print(sum([1j, 2, 3.5]), sum([0.5j] * 4), [x * 1j for x in range(3)])
print((1 + 2j) * (1 - 2j), (1 + 2j) / (1 - 2j), (1e300 + 1e300j) / (1e300 + 1e300j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(1 + 0j), not 0j)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(3 + 4j), hash(-1 + 0j))
d = {1j: "a", 1 + 0j: "b"}
d[1] = "c"
print(d, 1j in {1j, 2j}, len({1, 1.0, 1 + 0j}))
print(isinstance(1j, complex), isinstance(1, complex), issubclass(bool, complex))
acc = 0j
for k in range(1, 5):
    acc += k * 1j ** k
print(acc)
print((3j).__add__(1), (2j).__rtruediv__(1), (1j).__lt__(1j), (1j).__mul__("a"))
