# Three-argument pow: modular exponentiation, inverses and the error cases.
for b, e, m in [(3, 4, 5), (2, 10, 1000), (-2, 3, 5), (2, 3, -5), (-3, 5, -7), (5, 0, 1), (5, 0, -1),
                (0, 0, 7), (3, -1, 7), (3, -2, 7), (-3, -1, 7), (2, -1, 1), (10**20, 10**20, 10**9 + 7),
                (2**100, 2**100 + 1, 2**61 - 1), (123456789, -1, 10**9 + 7), (7, 10**30, 13), (True, 2, 3)]:
    print(b, e, m, pow(b, e, m))
mod = 2**127 - 1
x = pow(3, mod - 2, mod)
print(x, x * 3 % mod)
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (2.0, 2, 3), (2, 2.0, 3), (2, 3, 4.0), (2, 3, "x"),
             ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(2, 3, None), pow(2, -3, None), pow(base=2, exp=5), pow(2, exp=5, mod=3))
def fermat_test(n):
    return all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7) if a < n)
print([n for n in range(2, 60) if fermat_test(n)])
print(fermat_test(2**61 - 1), fermat_test(2**61 + 1), fermat_test(561))
