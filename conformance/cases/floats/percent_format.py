# Old-style % formatting of numbers.
pi = 3.14159265358979
print("%f" % pi, "%.2f" % pi, "%10.3f|" % pi, "%-10.1f|" % pi, "%+.1f" % pi)
print("%e" % pi, "%.3E" % 123456.789, "%g" % 0.00001234, "%g" % 1234567.0, "%G" % 1e-10)
print("%d" % 42, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42, "%+d" % 42, "% d" % 42)
print("%d" % 3.99, "%i" % -7, "%x" % 255, "%X" % 255, "%#x" % 255, "%o" % 8, "%#o" % 8)
print("%s and %r" % ("text", "text"), "%s" % 1.5, "%r" % 0.1, "%c" % 65, "%c" % "z")
print("%%", "%d%%" % 50, "%(name)s is %(age)d" % {"name": "Ann", "age": 33})
print("%*d|" % (6, 7), "%.*f" % (3, 2.0), "%s" % (1, ), "%s" % [1, 2])
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print("%q" % 1)
except ValueError as e:
    print("ValueError", e)
