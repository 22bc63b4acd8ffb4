from decimal import Decimal, getcontext


def isqrt_bs(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


for line in iter(input, "0"):
    n = int(line)
    r = isqrt_bs(n)
    print(n, "->", r, "exact" if r * r == n else f"(next square {(r + 1) ** 2})")
getcontext().prec = 50
print(Decimal(2).sqrt())
print(first_true(0, 10 ** 6, lambda x: x * (x + 1) // 2 >= 10 ** 9))
lo, hi = 0.0, 10.0
for _ in range(60):
    mid = (lo + hi) / 2
    if mid ** 3 < 10:
        lo = mid
    else:
        hi = mid
print(f"{lo:.12f}", round(10 ** (1 / 3), 12))
