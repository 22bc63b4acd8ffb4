# bin, oct and hex.
for n in (0, 1, -1, 10, -10, 255, 2 ** 31, -(2 ** 63), 2 ** 100, True):
    print(n, bin(n), oct(n), hex(n))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-255), 0))
try:
    bin(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    hex("10")
except TypeError as e:
    print("TypeError", e)
try:
    oct(None)
except TypeError as e:
    print("TypeError", e)
