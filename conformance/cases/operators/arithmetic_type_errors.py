# TypeErrors for bad operand types across operators.
pairs = [(1, "a"), ("a", 1), ([1], 1), (None, 1), ({}, {}), ((1,), [1]), (1.5, "x"), (set(), [])]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b),
    ("<<", lambda a, b: a << b),
    ("&", lambda a, b: a & b),
    ("<", lambda a, b: a < b),
]
for a, b in pairs:
    for sym, fn in ops:
        try:
            result = fn(a, b)
            print(repr(a), sym, repr(b), "=", repr(result))
        except TypeError as e:
            print(repr(a), sym, repr(b), "TypeError", e)
