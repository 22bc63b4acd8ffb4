# %c takes an int code point or a one-character str; %r and %a use repr
# and ascii; bytes %-formatting has its own rules.
print("%c%c%c" % (72, "i", 0x1F600))
print("[%5c][%-3c]" % ("x", 65))
for bad in [("ab",), (-1,), (0x110000,), (1.5,), (None,), ("",)]:
    try:
        print("%c" % bad)
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print("%r %a" % ("é", "é"))
print("%r|%10r|%-10a|%.3r" % ("x", "y", "ü", "abcdef"))
class R:
    def __repr__(self):
        return "R→"
    def __str__(self):
        return "str R"
print("%s %r %a" % (R(), R(), R()))
print(b"%c%c" % (65, b"B"))
for bad in [(256,), (b"ab",), ("s",)]:
    try:
        print(b"%c" % bad)
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print(b"%s %r %a %b" % (b"x", b"y", "é", bytearray(b"z")))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
print(b"%x %d %5.1f" % (255, -3, 2.25))
print("%s" % b"bytes", "%r" % b"\xff")
print("%c" % True, "%d" % True, "%s" % True, "%r" % False)
