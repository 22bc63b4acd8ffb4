# format() with assorted specs.
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "X"), format(1e6, ",.0f"), format("x", "^5"))
print(format(0.25, "%"), format(-7, "+"), format(7, "+"), format(12, "o"), format(1234.5678, "e"))
print(format(True), format(None), format([1]), format(3), format(2.0), format("s", ""))
print(repr(format(5, "")), repr(format(-0.0, "")), format(10 ** 20, ","), format(2 ** 0.5, ".10f"))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
