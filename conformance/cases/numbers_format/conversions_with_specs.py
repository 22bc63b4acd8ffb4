# f-string conversions (!s, !r, !a) combined with specs, on numbers.
for v in [42, -3.5, True, 2**70, float("nan"), 1e-7, "x\u00e9"]:
    print(f"[{v!s:>10}] [{v!r:<12}] [{v!a:^12}] [{v!s}] [{v!r}]")
print(f"{3.0!r:*>8}|{3!s:0>5}|{-1.5!s:+>6}|{'5'!s:>3}|{5:>3}")
print(f"{1/3:.5}|{1/3!s:.5}|{10**20:,}|{str(10**20):>25}|{repr(2.5):^9}")
for spec in [">8", "<8", "^8", "8"]:
    print(f"{12:{spec}}|{'12':{spec}}|{12.0:{spec}}|{True:{spec}}")
