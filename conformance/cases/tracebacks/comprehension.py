def check(v):
    if v > 2:
        raise ValueError(f"value too big: {v!r}")
    return v
values = [check(x) for x in range(5) if x % 2 == 0 or x == 3]
