# is* predicates are ASCII-only; empty bytes is false except for isascii.
samples = [b"", b"abc", b"ABC", b"Abc", b"abc1", b"123", b" \t\n", b"Title Case", b"Not title", b"\xe9", b"a b", b"\x7f", b"A1 B2"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(),
          s.isspace(), s.istitle(), s.isupper())
print(bytearray(b"Ab").istitle(), bytearray(b"ab").islower(), bytearray(b"\x80").isascii())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"x".isalpha(1))
show(lambda: bytearray(b"x").isdigit(2))
