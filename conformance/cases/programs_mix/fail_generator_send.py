def running_stats():
    n = total = 0
    lo = hi = None
    try:
        while True:
            x = yield (n, total, lo, hi)
            n += 1
            total += x
            lo = x if lo is None else min(lo, x)
            hi = x if hi is None else max(hi, x)
    finally:
        print(f"closing after {n} values")


gen = running_stats()
next(gen)
for v in [4, 8, 15, 16]:
    print(gen.send(v))
gen.close()
gen = running_stats()
next(gen)
print(gen.send(2.5))
print(gen.send("23"))
