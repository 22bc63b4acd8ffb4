# Which operations on bools stay bool, and which become int or float.
ops = [("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b if b else "div0"), ("%", lambda a, b: a % b if b else "div0"),
       ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
       ("/", lambda a, b: a / b if b else "div0")]
for name, fn in ops:
    row = []
    for a in (False, True):
        for b in (False, True, 2, 1.5):
            try:
                r = fn(a, b)
                row.append(f"{r!r}:{type(r).__name__}")
            except TypeError as e:
                row.append("TypeError")
    print(name, row)
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(1), bool(-1), bool(2**100), bool(float("nan")), bool(""))
print(True == 1, True == 1.0, True is True, hash(True), hash(False), str(True), repr(False), int(True))
print(sum([True, True, False, True]), max(True, 0.5), min(False, -1), sorted([True, 0, 0.5, False]))
for args in [(1, 2)]:
    try:
        bool(*args)
    except TypeError as e:
        print("TypeError:", e)
