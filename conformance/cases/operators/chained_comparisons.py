# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2 < 4)
print(x == 5 == 5.0, 1 <= 1 < 2 != 3, 3 > 2 == 2, "a" < "b" < "c", [1] < [2] < [3])
calls = []


def val(v):
    calls.append(v)
    return v


print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
calls.clear()
print(val(1) == val(1) is not None, calls)
flag = True
print(0 < 0.5 < 1 == flag, (0 < 0.5 < 1) is flag)
age = 25
print(18 <= age < 65, not 0 < age < 18, 0 in [0] in [[0]])
print(1 < 2 > 1.5 < 3 >= 3 <= 4 != 5 == 5)
try:
    1 < 2 < "3"
except TypeError as e:
    print("TypeError", e)
