def area(shape):
    match shape:
        case ("circle", r):
            return 3.14159 * r * r
        case ("rect", w, h):
            return w * h
        case ("square", s):
            return s * s
    raise AssertionError(f"unhandled shape {shape!r}")


for s in [("circle", 1), ("rect", 2, 3), ("square", 4)]:
    print(s[0], round(area(s), 2))
print(area(("triangle", 3, 4, 5)))
