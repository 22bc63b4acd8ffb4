cases = [
    ("%s %s", ("a", "b")), ("%s", (("t", 1),)), ("%s", ("only",)), ("%d", (3.9,)), ("%i", (-2,)),
    ("%x %X %o", (255, 255, 8)), ("%#x %#X %#o", (255, 255, 8)), ("%e %E", (12345.678, 0.00012)),
    ("%g %G", (1e-10, 1e20)), ("%5.2f|%-8.3f|%+d|% d", (3.14159, 2.5, 5, 5)), ("%05d|%-05d", (42, 42)),
    ("%c%c", (65, "B")), ("%r %a", ("é", "é")), ("%%", ()), ("%5%", ()), ("%s", ([1, 2],)),
    ("%*d|%-*d", (5, 42, 5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 3, 2.71828)),
    ("%(a)s %(b)r", {"a": 1, "b": "x"}), ("%(a)s %(a)s", {"a": "same"}), ("%(a)5.1f", {"a": 2.25}),
    ("%d", ("3",)), ("%d", (None,)), ("%x", (3.0,)), ("%c", (-1,)), ("%c", (0x110000,)),
    ("%c", ("ab",)), ("%c", (3.5,)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)),
    ("%(a)s", ("a",)), ("%(a)s %s", {"a": 1}), ("%*d", ("x", 1)), ("%(a", {"a": 1}),
    ("%", ()), ("abc", (1,)), ("abc", {"a": 1}), ("%s", {}), ("%d", (True,)), ("%.3s", ("abcdef",)),
    ("%10.3s|", ("abcdef",)), ("%-10s|", ("ab",)), ("%#.3g", (1.0,)), ("%.0e", (15.0,)),
    ("%i %u", (7, 8)), ("%o", (-8,)), ("%x", (-255,)), ("%#o", (0,)), ("%.2d", (5,)), ("%+.3d", (7,)),
    ("%f", (float("inf"),)), ("%F", (float("nan"),)), ("%05s", ("ab",)), ("% 5s", ("ab",)),
    ("%ld %lf", (1, 2.0)), ("%s", (b"by",)), ("%d", (2**70,)), ("%x", (2**70,)), ("%.1f", (2**70,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
class Idx:
    def __index__(self):
        return 65
class Intish:
    def __int__(self):
        return 7
for fmt in ["%d", "%x", "%c", "%o", "%f"]:
    for v in [Idx(), Intish()]:
        try:
            print(fmt, type(v).__name__, repr(fmt % v))
        except TypeError as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
print(b"%s %d %x %c %c %r %a" % (b"ab", 5, 255, 65, b"z", b"q", "é"))
for fmt, args in [(b"%s", ("str",)), (b"%c", (256,)), (b"%c", (b"ab",)), (b"%d", ("1",)),
                  (b"%(k)s", {b"k": b"v"}), (b"%(k)s", {"k": b"v"}), (b"%b", (bytearray(b"ba"),)),
                  (b"%s", (memoryview if False else 5,))]:
    try:
        print(fmt, fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
