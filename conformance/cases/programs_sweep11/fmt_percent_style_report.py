rows = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 100.0)]
print("%-10s %5s %10s" % ("item", "qty", "price"))
for r in rows:
    print("%-10s %5d %10.2f" % r)
print("%s items, total %.1f" % (len(rows), sum(q * p for _, q, p in rows)))
print("%+d %+d % d % d" % (5, -5, 5, -5))
print("%#x %#o %#X %e %E %g %G" % (255, 8, 255, 12345.678, 0.00012, 1e-5, 1e20))
print("%5.3s| %-5c| %c" % ("abcdef", "z", 65))
print("%*d|%-*.*f|" % (6, 42, 8, 2, 3.14159))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%r %a %s" % ("é", "é", None), "%i%%" % 50)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%d" % 3.99, "%x" % True)
print(b"%s:%d:%x" % (b"key", 7, 255), b"%c%c" % (65, b"B"))
print("%s" % [1, 2], "%s" % ((1, 2),), "%-6s|" % (None,))
for bad in [lambda: "%d" % None, lambda: "%z" % 1, lambda: "%" % (), lambda: "%(a)s %s" % {"a": 1},
            lambda: "%s %s" % {"a": 1}, lambda: b"%s" % "str", lambda: "%.*f" % ("x", 1.0), lambda: "%c" % -1]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
