# int() of short decimal text, the shape judge solutions read line by line:
# the boundaries of the direct reading (18 digits, signs, the whitespace
# int() skips, base 0's leading zeros) next to texts that need the full one.
import sys

texts = [
    "0", "-0", "+0", "7", "-7", "+7", "007", "-007", "  42  ", "\t42\n", "42\r\n",
    "\v\f9\v\f", "999999999999999999", "-999999999999999999",
    "1000000000000000000", "-1000000000000000000", "4611686018427387903",
    "4611686018427387904", "-4611686018427387904", "-4611686018427387905",
    "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
    "0000000000000000000000001", "1_000", "1__000", "_1", "1_", "+-1", "--1", "- 1",
    "", " ", "+", "-", "1 2", "1\x1c", "\x1f1", "\u00a012\u00a0", "\u0661\u0662",
    "١٢٣", "12\u2003", "0x10", "1e3", "1.0", "12a", "\x001", "1\x00",
]
for t in texts:
    for base in (10, 0):
        try:
            v = int(t, base)
            print(repr(t), base, v, type(v).__name__)
        except ValueError as e:
            print(repr(t), base, "ValueError:", e)

for t in ["00", "000", "0_0", "-00", "01", "+01", "0", " 0 ", "10", "09"]:
    try:
        print(repr(t), int(t, 0))
    except ValueError as e:
        print(repr(t), "ValueError:", e)

class Text(str):
    pass

print(int(Text("  15 ")), int(b" 16 "), int(bytearray(b"-17")))
print(sum(map(int, "3 -4 5 1000000000000000000 -999999999999999999".split())))
print(int("5" * 18) + 1, int("5" * 19) + 1, int("-" + "9" * 18) - 1)
print(int("12") is int("12"), hash(int("99")) == hash(99))
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print("ValueError:", e)
print(int("  " + "2" * 18 + "  "))
