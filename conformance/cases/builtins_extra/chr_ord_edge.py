# chr/ord at their boundaries and every error text.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for cp in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000,
           0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, ascii(c), len(c), ord(c) == cp)
print(chr(True), ord(chr(False)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
show("chr -1", chr, -1)
show("chr max", chr, 0x110000)
show("chr 2**31", chr, 2**31)
show("chr -2**31-1", chr, -2**31 - 1)
show("chr 2**40", chr, 2**40)
show("chr -2**63", chr, -2**63)
show("chr float", chr, 65.0)
show("chr str", chr, "A")
show("chr none", chr, None)
show("chr noargs", chr)
show("chr two", chr, 1, 2)
show("ord empty", ord, "")
show("ord two", ord, "ab")
show("ord long", ord, "\u00e9\u00e9\u00e9")
show("ord int", ord, 65)
show("ord list", ord, ["a"])
show("ord none", ord, None)
show("ord noargs", ord)
show("ord kw", ord, c="a")
