# OverflowError and other arithmetic errors.
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    [0] * (10 ** 30)
except OverflowError as e:
    print("OverflowError", e)
try:
    "x" * (10 ** 30)
except OverflowError as e:
    print("OverflowError", e)
try:
    round(1e308, -400) and round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError", e)
print(issubclass(OverflowError, ArithmeticError))
