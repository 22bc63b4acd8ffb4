# divmod on ints, and the ZeroDivisionError messages.
for a in (17, -17, 0, 10 ** 18 + 5, -(10 ** 18) - 5):
    for b in (5, -5, 1, -1, 10 ** 9):
        print(a, b, divmod(a, b))
seconds = 987654
minutes, sec = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
days, hours = divmod(hours, 24)
print(f"{days}d {hours}h {minutes}m {sec}s")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10 ** 30 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x = 5
    x //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x = 5
    x %= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
