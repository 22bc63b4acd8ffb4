# format(), f-strings and str.format agree.
cases = [(42, ">5"), (42, "x"), (3.14159, ".2f"), ("abc", "^7"), (1234567, ","), (0.5, "%"),
         (True, ""), (None, ""), ([1, 2], ""), (-7, "+05"), (2.5, "e"), ("é", "*<4")]
for value, spec in cases:
    a = format(value, spec)
    b = f"{value:{spec}}"
    c = "{:{}}".format(value, spec)
    d = "{v:{s}}".format_map({"v": value, "s": spec})
    print(repr(a), a == b == c == d)
