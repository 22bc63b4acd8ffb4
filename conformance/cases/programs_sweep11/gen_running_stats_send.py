def stats():
    n = 0
    mean = 0.0
    m2 = 0.0
    lo = hi = None
    result = None
    while True:
        x = yield result
        if x is None:
            return {"n": n, "mean": round(mean, 4), "var": round(m2 / (n - 1), 4) if n > 1 else None}
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        result = (n, round(mean, 3), lo, hi)


s = stats()
next(s)
for v in [4, 7, 13, 16]:
    print(s.send(v))
try:
    s.send(None)
except StopIteration as stop:
    print("final", stop.value)
s2 = stats()
s2.send(None)
try:
    s2.send(None)
except StopIteration as stop:
    print("empty", stop.value)
s3 = stats()
next(s3)
s3.send(1)
try:
    s3.throw(ValueError("bad sample"))
except ValueError as e:
    print("ValueError", e)
print(s3.send if False else "closed:", next(s3, "exhausted"))
