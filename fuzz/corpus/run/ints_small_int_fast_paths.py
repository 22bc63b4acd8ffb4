# The loop's fast paths for small ints must agree with the general ones at
# every sign combination and at the edge of the small range (2**62 here).
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -(2**31), 2**61, -(2**61),
          2**62 - 1, -(2**62), 2**62, -(2**62) - 1, 2**63, -(2**63)]

def show(name, f):
    out = []
    for x in values:
        for y in values:
            try:
                out.append(f(x, y))
            except ZeroDivisionError as e:
                out.append(str(e))
    # A position-weighted checksum over the exact results, and a sample.
    total = 0
    for i, v in enumerate(out):
        for item in (v if isinstance(v, list) else [v]):
            total = (total * 1000003 + (item if isinstance(item, int) else len(item))) % (2**89 - 1)
    print(name, len(out), total, out[:8], out[-8:])

show("mul", lambda x, y: x * y)
show("floordiv", lambda x, y: x // y)
show("mod", lambda x, y: x % y)
show("and", lambda x, y: x & y)
show("or", lambda x, y: x | y)
show("xor", lambda x, y: x ^ y)
show("add", lambda x, y: x + y)
show("sub", lambda x, y: x - y)

def inplace(x, y):
    a = x; a *= y
    b = x; b |= y
    c = x; c ^= y
    d = x; d &= y
    r = [a, b, c, d]
    if y:
        e = x; e //= y
        f = x; f %= y
        r += [e, f]
    return r

show("inplace", inplace)
print(-(2**62) // -1, -(2**62) * -1, (2**31) * (2**31), -(2**31) * (2**31))
print(-(2**62) % -1, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(True * 3, True // 2, False % 5, True & 3, True | False, True ^ True)
for bad in (lambda: 5 // 0, lambda: 5 % 0, lambda: 0 // 0):
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
