# Floor division and modulo take the divisor's sign, for ints and floats alike.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 3), (-0.0, 3), (0.0, -3), (1.0, 0.1),
          (5, 2.5), (1e300, 1e-300), (-1e-300, 1e300), (3.0, float("inf")), (-3.0, float("inf"))]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(float("inf") % 2.0 if False else "skip", 10 % 3.0, -10 % 3.0, 10.0 % -3)
print(float("nan") // 2, float("nan") % 2, divmod(float("nan"), 1.0))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10**30, 0)]:
    for name, fn in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("divmod", divmod)]:
        try:
            print(fn(a, b))
        except ZeroDivisionError as e:
            print(name, a, b, "ZeroDivisionError:", e)
