# Nested replacement fields in format specs and format() with computed specs.
for width in (4, 8, 12):
    for prec in (0, 2, 5):
        x = 3.14159265
        print(f"[{x:{width}.{prec}f}] [{x:>{width}.{prec}e}] [{-x:^{width}.{prec}g}] [{int(x * 10**prec):0{width}d}]")
for fill in "*0 #\u00b7":
    for align in "<^>=":
        print(repr(f"{-42:{fill}{align}9}"), repr(format(7.5, fill + align + "8.2f")))
specs = ["", "x", "#x", "08b", "+,", " ^9", "_o"]
print([format(2024, s) for s in specs])
print([format(20.24, s) for s in ["", ".1f", "e", "%", "g", "+010.3f", "^12,.2f"]])
table = {"name": "widget", "count": 1234567, "ratio": 0.4567}
for key, spec in [("name", ">10"), ("count", ","), ("ratio", ".1%"), ("count", "_x")]:
    print(f"{key}={table[key]:{spec}}")
