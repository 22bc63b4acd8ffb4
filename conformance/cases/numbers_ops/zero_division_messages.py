# Every ZeroDivisionError text of the numeric types.
cases = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
         ("divmod(1, 0)", lambda: divmod(1, 0)), ("1.0 / 0", lambda: 1.0 / 0),
         ("1 / 0.0", lambda: 1 / 0.0), ("1.0 // 0.0", lambda: 1.0 // 0.0), ("1.0 % 0", lambda: 1.0 % 0),
         ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("divmod(1, 0.0)", lambda: divmod(1, 0.0)),
         ("0 ** -1", lambda: 0 ** -1), ("0.0 ** -2", lambda: 0.0 ** -2), ("pow(0, -1)", lambda: pow(0, -1)),
         ("10**30 // 0", lambda: 10**30 // 0), ("10**30 % 0", lambda: 10**30 % 0),
         ("True / False", lambda: True / False), ("x /= 0", None)]
for text, fn in cases:
    try:
        if fn is None:
            x = 5
            x /= 0
        else:
            fn()
        print(text, "no error")
    except ZeroDivisionError as e:
        print(text, "->", e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print("pow(2, 5, 0) ->", e)
