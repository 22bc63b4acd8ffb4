def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "other"


for v in [0, 2, "hello", None, True, -1, 2.5, 1000, 50, "x", False]:
    print(repr(v), describe(v))
