# Logarithms of ints beyond the float range, computed as CPython does (frexp).
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [10**308, 10**309, 10**400, 2**1023, 2**1024, 2**1024 - 1, 2**1024 + 1, 2**5000, 3**2000,
          10**1000 + 1, 2**10000 - 1, 7 * 2**3000]:
    print(math.log(n), math.log2(n), math.log10(n))
for k in [1, 52, 53, 54, 1023, 1024, 1025, 4000, 65536]:
    print(k, math.log2(2**k), math.log(2**k, 2), math.log(2**k, 4), math.log2(2**k + 1), math.log2(2**k - 1))
print(math.log(10**500, 10), math.log(10**500, 10**250), math.log(2**2000, 2.0**1000))
print(math.log(True), math.log2(True), math.log10(True), math.log(2**100, True + 1))
print(math.log(5, 2**2000), math.log10(10**300 * 10**300))
show("log neg big", math.log, -(10**400))
show("log2 zero", math.log2, 0)
show("log10 neg", math.log10, -10**500)
show("log False", math.log, False)
show("log base big 1", math.log, 10**400, 1)
show("log1p big", math.log1p, 10**400)
