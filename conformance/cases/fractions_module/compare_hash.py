# Exact comparisons with ints and floats, ordering, and hashes that agree
# with equal ints and floats.
from fractions import Fraction as F

print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 3) < 1 / 3, F(1, 3) > 0.333)
print(F(2) == 2, 2 == F(2), F(2, 1) == 2.0, F(5, 2) != 2, F(1, 2) == 0.5 + 0j)
print(F(1, 2) == 1j, F(1, 2) == '1/2', F(1, 2) != None)
print(0.5 == F(1, 2), 0.5 + 0j == F(1, 2), 2 == F(4, 2), 1 / 3 < F(1, 3), 0.25 >= F(1, 4), 3 > F(7, 3))
print(F(1, 2) < 1, 1 < F(1, 2), F(1, 2) <= F(2, 4), F(-1, 2) >= -0.5)
print(F(10**20) < 1e20, F(10**20) == 1e20, F(10**23) == 1e23, F(10**23) > 1e23)
inf, nan = float('inf'), float('nan')
print(F(10**400) < inf, F(-10**400) > -inf, F(1) == nan, F(1) < nan, F(1) != nan, F(3) == inf)
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), 0, 2.5, F(5, 2)]))
print(max(F(1, 3), F(2, 7)), min([F(22, 7), 3.14, F(355, 113)]))
for v in [F(0), F(1), F(-1), F(7, 2), F(-7, 2), F(1, 3), F(-1, 3), F(2**61 - 1, 3),
          F(1, 2**61 - 1), F(-5, 2**62 - 2), F(10**30, 7), F(1, 10)]:
    print(repr(v), hash(v))
for v in [0.5, -2.75, 1e100, 1e-100, 123456.789]:
    print(v, hash(F(v)) == hash(v))
for n in [0, 1, -1, 2**61, -2**61, 2**70 + 5, -(10**40)]:
    print(n, hash(F(n)) == hash(n))
print({F(1, 2): 'half', 0.5: 'float half', F(2): 'two', 2: 'int two'})
print(len({F(1, 2), 0.5, F(2, 4), F(1), 1, 1.0, True}))
try:
    F(1, 2) < 'a'
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) < 1j
except TypeError as e:
    print('TypeError', e)
print(bool(F(0)), bool(F(1, 100)), bool(F(-3)), not F(0, 5))
