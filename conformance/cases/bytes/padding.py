# center, ljust, rjust, zfill, expandtabs.
b = b"abc"
print(b.center(9), b.center(8, b"*"), b.ljust(6, b"-"), b.rjust(6), b.center(2), b.rjust(-1))
print(b"ab".center(5, b"."), b"ab".center(6, bytearray(b"_")), bytearray(b"x").ljust(3), bytearray(b"x").rjust(3, b"0"))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(4), b"".zfill(3), b"abc".zfill(2), bytearray(b"-1").zfill(4), b"-".zfill(3))
print(b"a\tbc\tdef\tg".expandtabs(), b"a\tb".expandtabs(4), b"a\tb\n\tc".expandtabs(2), b"\t".expandtabs(0), b"x\ry\tz".expandtabs(tabsize=3))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.center(10, b"ab"))
show(lambda: b.center(10, "x"))
show(lambda: b.ljust(10, 1))
show(lambda: b.center())
show(lambda: b.center(1, 2, 3))
show(lambda: b.zfill("a"))
show(lambda: b.zfill())
show(lambda: b.expandtabs("a"))
show(lambda: b.expandtabs(tab=4))
