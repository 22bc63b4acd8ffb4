# isqrt, comb and perm: exact big results and every error text.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**62 - 1, 2**62, 2**64 - 1, 2**64]])
print(math.isqrt(10**40), math.isqrt(10**41), math.isqrt(2**200 - 1), math.isqrt(True))
n = 123456789012345678901234567890
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
print([math.comb(10, k) for k in range(12)], math.comb(0, 0), math.comb(5, 5), math.comb(52, 5))
print(math.comb(100, 50), math.comb(10**20, 3), math.comb(2**64, 2**64 - 2), math.comb(2**70, 2**71))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(0), math.perm(20, 10))
print(math.perm(2**64, 3), math.perm(2**70, 2**71), math.perm(5, 2**70), math.comb(5, 2**70))
print(math.comb(True, True), math.perm(True), math.comb(1000, 500) % 10**12)
show("isqrt neg", math.isqrt, -1)
show("isqrt neg big", math.isqrt, -10**30)
show("isqrt float", math.isqrt, 4.0)
show("isqrt str", math.isqrt, "4")
show("comb neg n", math.comb, -1, 2)
show("comb neg k", math.comb, 5, -1)
show("comb neg both", math.comb, -5, -1)
show("comb float n", math.comb, 5.0, 2)
show("comb float k", math.comb, 5, 2.0)
show("comb big k", math.comb, 2**70, 2**69)
show("perm big k", math.perm, 2**70, 2**69)
show("perm neg n", math.perm, -1)
show("perm neg n k", math.perm, -1, 1)
show("perm neg k", math.perm, 5, -1)
show("perm float", math.perm, 5, 1.5)
show("comb one arg", math.comb, 5)
show("perm three", math.perm, 5, 2, 1)
