# int / int always produces a float, correctly rounded.
print(1 / 2, 7 / 7, -7 / 2, 1 / 3, 2 / 3, 10 / 4)
print(10 ** 20 / 10 ** 10, (10 ** 30 + 1) / 10 ** 15)
print(2 ** 60 / 3, -(2 ** 60) / 3)
print(1 / 10 ** 300, 1 / 10 ** 400)
print((2 ** 1100) / (2 ** 1000), (10 ** 500) / (10 ** 499))
print(12345678901234567890123 / 1000)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = 9
x /= 2
print(x, type(x).__name__)
print(sum([1, 2, 3, 4]) / len([1, 2, 3, 4]))
grades = [88, 92, 79, 65, 95, 70]
avg = sum(grades) / len(grades)
print("average", avg, "rounded", round(avg, 2))
