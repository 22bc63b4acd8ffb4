vals = [0.1+0.2, 1e16, 1e-5, 123456789012345678.0, 1e22, 1.0e-320, 5e-324, 2**0.5, -0.0, 1/3, 100.0, 1e15+0.3, 9007199254740993.0]
print(vals)
print([str(v) for v in vals[:4]], [f"{v}" for v in vals[4:7]])
print(complex(0, -0.0), -0j, complex(-0.0, 0), 1e300j * 1e10, complex(float("nan"), 1), 3 + 0j, (1+2j) ** 2, abs(3 + 4j), (1j) ** 0.5)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-2.5), round(1e20), round(12.34, 1), round(7, -1), round(15, -1), round(25, -1))
print(7.0 // 2, -7.0 // 2, 7 % -3, -7 % 3, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2), 2 ** -2, (-8) ** (1/3), 0 ** 0, 0.0 ** 0)
print(int(1e20), int(-2.9), float(2**70), 2**70 / 3, 10**20 // 3, 10 / 4, 10 // 4, -10 // 4, 1e308 * 10, -1e308 * 10)
print(str(2 ** 200), len(str(3 ** 5000)), hex(2 ** 70), f"{2**64:,}", f"{-2**65:_x}", format(10**30, "e"), format(10**30, ".3g"))
l = [1, 2]; l.append(l); print(l, repr(l))
d = {"a": 1}; d["self"] = d; print(d)
class R:
    def __repr__(self): return "R()"
print([R(), (R(),), {R(): R()}, {"k": [R()]}], (1,), (), ((),), [[]], {()}, set([1]), frozenset([1]))
print(True + True, True * 2.5, -True, ~True, True & False, True | 2, f"{True:>5}", str(True), repr(None), None is None)
print(1 < 2 < 3 > 2, 1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) <= (1, 2), {1} < {1, 2}, {1, 2} > {1, 2})
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, float("nan") == float("nan"), float("inf") > 10 ** 400, 10 ** 400 > 1e308)
print(bool(""), bool(" "), bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(range(0)), bool(None))
print(str(1.0), str(1.5e300 * 1.5e300), str(-float("inf")), repr(float("nan")), 1e-7, 0.0001, 1234567890123456789.0, 12345678901234567.0)
print(list(range(-3, 3)), list(range(10, 0, -4)), "abc"[::-1], "abcdef"[1:-1:2], [1, 2, 3][-10:10], "x"[5:], (1, 2, 3)[::-2])
x = [1, 2, 3, 4, 5]; x[1:3] = "ab"; print(x); x[::2] = [0, 0, 0]; print(x); del x[::2]; print(x); x[:0] = [9]; print(x)
try:
    x[::2] = [1, 2, 3, 4]
except ValueError as e:
    print("ValueError", e)
print(ascii("naïve ☃ 😀"), repr("naïve ☃ 😀\x00\x7f\u200b"), "\N{BULLET}", len("😀"), "😀".encode(), ord("😀"))
