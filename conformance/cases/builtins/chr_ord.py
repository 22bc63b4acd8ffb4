# chr and ord round trips.
print([ord(c) for c in "Az09 ~"], "".join(chr(n) for n in [72, 105, 33]))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
print(chr(0x1F40D), ord("🐍"), chr(0x41) + chr(0x300), len(chr(0x41) + chr(0x300)))
shift = lambda c, k: chr((ord(c) - 97 + k) % 26 + 97)
print("".join(shift(c, 3) for c in "xyzabc"))
try:
    chr(1114112)
except ValueError as e:
    print("ValueError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
