print("%s|%r|%a|%5s|%-5s|%.2s" % ("é", "é", "é", "ab", "ab", "abcdef"))
print("%d %i %u %5.2f %-8.3e %g %G %%" % (3.9, -2, 7, 3.14159, 12345.678, 1e-5, 1e20))
print("%x %X %#x %#o %o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%*d|%-*d|%.*f" % (5, 42, 4, 1, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s%%" % 50, "%+d % d" % (5, 5))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1114112), ("%c", "ab"), ("%d", [])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %b" % (b"hi", 5, 255, b"raw"), b"%c%c" % (65, b"B"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
print("%.3s|%10.4f|%-10d|" % ("abcdef", 2.5, 42))
