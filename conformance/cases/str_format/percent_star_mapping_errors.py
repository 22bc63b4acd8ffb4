print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (3.9, -2.1, 7))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %g %G %.3g" % (12345.678, 0.000123, 1.5, 1e-5, 1e20, 3.14159))
print("%f %.0f %#.0f %10.3f %-10.3f|" % (1.5, 2.5, 2.5, 3.14159, 2.71828))
print("%c%c%c" % (72, "i", 0x263A))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.5))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 30})
print("%(a)s %%" % {"a": 1}, "100%%" % (), "%s" % [1, 2], "%s" % ((1, 2),))
print("%s" % {"k": 1}, "%r" % ({"k": 1},))
print("%-8s|%8s|%.2s" % ("ab", "cd", "efgh"))
print(b"%s %d %x %c %b" % (b"by", 5, 255, 65, b"raw"))
print(b"%r %a" % ("s", "é"))
errors = [
    ("%d", ("x",)), ("%d %d", (1,)), ("%d", (1, 2)), ("%c", (-1,)), ("%c", ("ab",)), ("%(a)s", (1,)),
    ("%(a)s", {"b": 1}), ("%z", (1,)), ("%", ()), ("%*d", ("a", 1)), ("%x", (1.5,)), ("%s %s", {"a": 1}),
    ("%c", (0x110000,)), ("%.*f", (1.5, 2.0)), ("%i", (None,)), ("%o", ("8",)), ("%(a", {"a": 1}),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % None, "%d" % True, "%.3s" % None, "%r" % 1.0)
print("%5.1f%%" % 99.44, "%+.1e" % -0.0, "%g" % 1e16, "%g" % 123456789)
print("%#o %#x" % (0, 0), "%#.3g" % 1.0, "%-+5d|" % 3)
print("% 05d|%+05d|%-05d|" % (7, 7, 7))
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
print("%s %r %a" % (S(), S(), S()))
print("%(x)s %(x)r" % {"x": S()})
import fractions, decimal
print("%d %f" % (fractions.Fraction(7, 2), decimal.Decimal("2.5")))
print("%x" % True, "%s" % b"b", "%.2f" % 1)
try:
    "%x" % fractions.Fraction(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
