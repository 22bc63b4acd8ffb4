# bin/oct/hex: sign before the prefix, big ints, bools, __index__ only.
def show(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0, 1, -1, 5, -5, 255, -255, 2**62, -2**62, 2**62 - 1, 2**64 - 1, -2**64, 10**30, -10**30]:
    print(x, bin(x), oct(x), hex(x))
print(bin(True), oct(False), hex(True))
print(hex(2**200), oct(-2**100), bin(2**70 + 1))
print(int(bin(-12345), 0), int(oct(98765), 0), int(hex(-2**90), 0) == -2**90)
for f in (bin, oct, hex):
    show(f.__name__ + " float", f, 1.5)
    show(f.__name__ + " str", f, "12")
    show(f.__name__ + " none", f, None)
    show(f.__name__ + " noargs", f)
    show(f.__name__ + " kw", f, number=3)
