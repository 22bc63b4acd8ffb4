# Strings: width, alignment, fill and precision (truncation), counted in code points.
words = ["", "a", "abc", "hello world", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001f600x"]
for w in words:
    print(f"[{w}] [{w:8}] [{w:>8}] [{w:^8}] [{w:*^9}] [{w:.2}] [{w:8.3}] [{w:>8.1}] [{w:.0}] [{w:s}]")
print(format("ab", "07"), format("ab", "0<7"), format("ab", "0>7"), format("ab", "x^7"), format("ab", "08s"))
for spec in ["d", "+", " ", "-", "=5", "#", "z", ",", "_", "x", "ss", ".", "5.x"]:
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
names = ["Ann", "Bartholomew", "Cy"]
for n in names:
    print(f"|{n:<6.6}|{n:>6.6}|{n:^6.6}|")
