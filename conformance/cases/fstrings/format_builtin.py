# format() builtin and __format__ agree with f-strings.
cases = [(42, ">5"), (42, "x"), (3.14159, ".2f"), ("abc", "^7"), (1234567, ","), (0.5, "%"),
         (True, ""), (None, ""), ([1, 2], ""), (-7, "+05"), (2.5, "e")]
for value, spec in cases:
    a = format(value, spec)
    b = f"{value:{spec}}"
    print(repr(a), a == b, repr(value.__format__(spec)))
try:
    format([1], ">5")
except TypeError as e:
    print("TypeError", e)
try:
    format(None, "d")
except TypeError as e:
    print("TypeError", e)
print(format(12), format("s"), format(1.0), repr(format("")))
