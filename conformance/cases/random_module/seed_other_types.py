# Seeds that are not ints: floats through hash(), str/bytes/bytearray
# through SHA-512 (version 2), version 1 str seeds, refused types.
import random

for s in [1.5, -1.5, 0.1, -2.0, 1e300, float("inf"), "hello", "", "ünïcode ✓", b"bytes", bytearray(b"ba"), b"x" * 300]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.randint(1, 100))

for s in ["hello", b"hello", ""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())

random.seed("abc")
x = random.random()
random.seed(b"abc")
print(x == random.random())

for bad in [[1, 2], (1, 2), {1: 2}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
