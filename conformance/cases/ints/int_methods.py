# Methods and attributes of int.
for n in (0, 1, 5, 255, 256, -1, -256, 2 ** 100, -(2 ** 100) - 1):
    print(n, n.bit_length(), n.bit_count())
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int.from_bytes(b"\x01\x02\x03", byteorder="big"))
try:
    (1024).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int.__name__, (5).__class__.__name__, isinstance(5, int), isinstance(True, int))
print((5).__add__(3), (5).__mul__(2), (5).__sub__(7), (5).__neg__())
print((5).__add__(2.0), (5).__radd__(1))
print(hash(5), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
