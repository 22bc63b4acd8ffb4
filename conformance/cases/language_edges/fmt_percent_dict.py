# %-formatting with a mapping, '*' width and precision, flags, and the
# errors for mismatched arguments.
data = {"name": "moat", "n": 42, "x": 2.5}
print("%(name)s has %(n)d items at %(x).2f" % data)
print("%(name)r %(n)x %(n)o %(n)#x %(n)#o %(n)+d %(x)e" % data)
print("%(n)s %(n)s" % data, "%%(n)s" % (), "%(a)s" % {"a": [1]})
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print("%-*s|" % (-6, "ab"), "%*s|" % (-6, "cd"))
print("%05d|%-05d|%+05d|% 5d|%#5x|%#05x|" % (42, 42, 42, 42, 255, 255))
print("%s %s" % ("a", ("b",)) if False else "%s" % (("b",),))
print("%d %i %u" % (3.9, True, -2.5))
print("%x %X %o" % (255, 255, -8))
for fmt, args in [("%(n)d %d", data), ("%d %d", (1,)), ("%d", (1, 2)), ("%(missing)s", data),
                  ("%*d", (1.5, 2)), ("%d", ("s",)), ("%x", (1.5,)), ("%(n)", data),
                  ("%", ()), ("%z", (1,)), ("%s", {}), ("%.*f", ("a", 1.0)), ("%(n)*d", data)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print("%s" % {"a": 1}, "%s %s" % ("x", {"y": 2}))
print("%(a)s" % {"a": 1, "b": 2}, "no specs" % {})
try:
    print("no specs" % ())
    print("no specs" % (1,))
except TypeError as e:
    print("TypeError", e)
print(b"%(k)s %d" % {b"k": b"v"} if False else b"%(k)s" % {b"k": b"v"})
