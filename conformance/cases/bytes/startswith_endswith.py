# startswith / endswith with tuples and bounds.
b = b"hello world"
print(b.startswith(b"hello"), b.startswith(b"world", 6), b.startswith(b"o w", 4, 7), b.startswith(b""))
print(b.endswith(b"world"), b.endswith(b"hello", 0, 5), b.endswith((b"x", b"ld")), b.endswith(()))
print(b.startswith((bytearray(b"he"), b"x")), bytearray(b).endswith(b"d"), b"".startswith(b"", 1))
print(b.startswith(b"h", -100), b.endswith(b"d", -1), b.endswith(b"", 20), b.startswith(b"", 11))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.startswith("h"))
show(lambda: b.endswith(1))
show(lambda: b.startswith((b"h", "h")))
show(lambda: b.startswith())
show(lambda: b.endswith(b"d", "x"))
