def classify(x):
    match x:
        case 0:
            return "zero int-ish"
        case 1.5:
            return "one and a half"
        case -3:
            return "minus three"
        case "hi" | "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other " + repr(x)
for v in [0, 0.0, False, 1.5, -3, -3.0, "hi", "hello", b"raw", bytearray(b"raw"), True, 1, None, "x", [], 1.0]:
    print(repr(v), "->", classify(v))
def bools(x):
    match x:
        case False:
            return "False literal"
        case 0:
            return "zero"
        case _:
            return "?"
print(bools(0), bools(False), bools(0.0), bools(None))
match "abc":
    case "ab" "c":
        print("implicit concat literal")
match -0.0:
    case 0:
        print("negative zero matches 0")
