def fast_pow(b, e):
    assert e >= 0, "negative exponents are not supported"
    r = 1
    while e:
        if e & 1:
            r *= b
        b *= b
        e >>= 1
    return r


for b, e in [(2, 10), (3, 5), (0, 0)]:
    assert fast_pow(b, e) == b ** e, (b, e)
    print(b, e, fast_pow(b, e))
print(fast_pow(2, -1))
