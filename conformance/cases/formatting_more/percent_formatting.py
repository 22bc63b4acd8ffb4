print("%s and %r" % ("str", "str"))
print("%d|%5d|%-5d|%05d|%+d|% d|%i|%u" % (42, 42, 42, 42, 42, 42, -3.9, 7))
print("%x|%X|%#x|%#X|%o|%#o|%08.3x" % (255, 255, 255, 255, 8, 8, 10))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3E|%g|%G|%#g" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e20, 1.0))
print("%c%c|%5c|%-3c|" % (72, "i", "x", "y"))
print("%%|%5s|%-5s|%.2s|%5.1s|%a" % ("ab", "ab", "abc", "xyz", "é"))
print("%(name)s is %(age)d years, %(name)r again %%" % {"name": "Ann", "age": 30.9})
print("%(a)05.1f|%(b)-4s|%(b)s" % {"a": 2.25, "b": "z"})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 1, 2.75))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%r" % {"k": None}, "%s" % None)
print("no args" % (), "%s" % "single", "%d%%" % 50)
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r %a" % (P(), P(), P()))
print(b"%s|%d|%x|%c|%b|%5s" % (b"by", 3, 255, 65, b"bb", b"r"), b"%(k)s" % {b"k": b"v"})
cases = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", {"j": 1}), ("%z", 1), ("%(k)s %s", {"k": 1}), ("%c", 1114112), ("%c", "ab"), ("%", 1), ("%*d", ("a", 1)), ("%.2f", "s")]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, "->", type(e).__name__, e)
print("%s" % {"dict": "as single arg"}, "%(x)s%(x)s" % {"x": 1}, "%x" % -255, "%o" % -8, "%e" % 0)
print("%.3s|%10.4f|%-+6d|% 05d" % ("abcdef", -1.5, 3, 7), "%%|%s" % 1)
try:
    print("%5%|" % ())
except TypeError as e:
    print(type(e).__name__, e)
