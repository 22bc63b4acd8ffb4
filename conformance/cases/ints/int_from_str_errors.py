# Errors from int() conversions.
bad = ["", " ", "abc", "1.5", "1e5", "0x10", "1__0", "_1", "1_", "--1", "+-1",
       "1 2", "١x", "0b2", "∞"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
tries = [("12", 2), ("9", 8), ("g", 16), ("0x", 16), ("010", 0), ("0b", 0),
         ("08", 0), ("z", 35), ("1_", 0)]
for s, base in tries:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int("1", "2")
except TypeError as e:
    print("TypeError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int("x" * 100)
except ValueError as e:
    print("ValueError", e)
