# Errors raised while evaluating f-string fields.
data = {"a": 1}
try:
    print(f"{data['b']}")
except KeyError as e:
    print("KeyError", e)
try:
    print(f"{1 / 0}")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(f"{undefined_name_xyz}")
except NameError as e:
    print("NameError", e)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{3.5:,s}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{[1, 2][5]}")
except IndexError as e:
    print("IndexError", e)
try:
    print(f"{'x' + 1}")
except TypeError as e:
    print("TypeError", e)
try:
    w = "abc"
    print(f"{5:{w}}")
except ValueError as e:
    print("ValueError", e)
print("after errors")
