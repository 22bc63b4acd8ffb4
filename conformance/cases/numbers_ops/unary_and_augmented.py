# Unary operators and augmented assignment on ints, floats and bools.
for v in [0, 5, -5, 2**62, -2**62, 2**64, True, False, 0.0, -0.0, 2.5, float("inf"), float("nan")]:
    row = [-v, +v, abs(v)]
    if not isinstance(v, float):
        row.append(~v)
    print(repr(v), row, [type(r).__name__ for r in row])
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
x = 10
x += 2**62
x -= 3
x *= -2
x //= 7
x %= 10**9
x **= 3
x <<= 70
x >>= 65
x &= (1 << 80) - 1
x |= 1
x ^= 0xFF
print(x)
y = 1.5
y += 1
y *= 2**10
y /= 3
y //= 2.5
y %= 7
y **= 2
print(y)
z = True
z += True
z -= False
print(z, type(z).__name__)
b = True
b &= False
print(b, type(b).__name__)
b |= True
b ^= True
print(b, type(b).__name__)
