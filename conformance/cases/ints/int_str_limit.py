# The 4300-digit limit on int<->str conversion (CPython 3.11 default).
ok = 10 ** 4299
s = str(ok)
print(len(s), s[:5], s[-5:])
back = int("9" * 4300)
print(back % 1000, len(str(back)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    print(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
try:
    f"{10 ** 4400}"
except ValueError as e:
    print("ValueError", e)
try:
    repr(-(10 ** 4300))
except ValueError as e:
    print("ValueError", e)
# Power-of-two bases are not limited.
h = hex(2 ** 20000)
print(len(h), h[:6])
b = bin(2 ** 15000)
print(len(b))
print(int("f" * 5000, 16) == 16 ** 5000 - 1)
# Arithmetic on huge ints is fine; only conversion is limited.
big = 10 ** 5000
print(big // 10 ** 4990, big % 97, (big + 1) % 10)
print(len(str(big // 10 ** 1000)))
