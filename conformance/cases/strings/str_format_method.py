# str.format with positional, keyword, index and attribute fields.
print("{} + {} = {}".format(2, 3, 5), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["first", "second"]), "{d[key]}".format(d={"key": "val"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^10}".format("mid"), "{:08.3f}".format(3.14159))
print("{:,}".format(1234567), "{:x}".format(255), "{:#b}".format(5), "{:e}".format(12345.678))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{{literal}} {}".format("x"))
print("{0:{1}}|".format("w", 6), "{:{fill}>{w}}".format(7, fill="0", w=4))
print("{.real} {.imag}".format(5, 3.0), "{0.__class__.__name__}".format([]))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{name}".format(nome=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError", e)
row = "{:<10}{:>6}{:>8.2f}"
for name, qty, price in (("pen", 3, 1.2), ("notebook", 12, 3.456), ("bag", 1, 25)):
    print(row.format(name, qty, price))
print("{:,.2f}".format(-9876543.215), "{:+}".format(0), "{:=+8}".format(-5))
