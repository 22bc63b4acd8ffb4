# Case conversions are ASCII-only.
samples = [b"hello World", b"HELLO", b"mIxEd 123", b"they're bill's", b"\xe9t\xc9", b"", b"a1b2 c3"]
for s in samples:
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(bytearray(b"abc").upper(), bytearray(b"Abc").swapcase(), type(bytearray(b"x").title()).__name__)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"x".upper(1))
show(lambda: bytearray(b"x").lower(1))
show(lambda: b"x".title(x=1))
