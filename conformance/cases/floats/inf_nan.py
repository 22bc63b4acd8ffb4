# Infinity and NaN behave as IEEE 754 says.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-nan"), float("Infinity"), float("  -iNF "), float("NaN"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan <= nan, inf != -inf)
print(max(1, inf), min(-inf, 0), abs(-inf))
print(inf // 1, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, inf ** 0, 0 ** 0.0)
print([inf, -inf, nan], (nan,))
print(repr(inf), str(-inf), repr(nan))
print(int(1e308) > 0, float(inf) is not None)
vals = [3.0, nan, 1.0]
print(nan in vals, vals.count(nan))
print(sorted([3.0, 1.0, 2.0, -inf, inf]))
try:
    divmod(inf, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divmod(5.0, inf), divmod(-5.0, inf))
print(hash(inf), hash(-inf), hash(1.0), hash(0.5), hash(-0.0), hash(1.5), hash(1e100))
