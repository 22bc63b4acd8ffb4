# Division and modulo by zero with floats.
cases = [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (-1.5, -0.0)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError /", e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError //", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError %", e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError divmod", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError **", e)
try:
    print(pow(0.0, -2.5))
except ZeroDivisionError as e:
    print("ZeroDivisionError pow", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print("OverflowError", e)
try:
    x = 1.5
    x /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError /=", e)
