import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
    NAME = "n"
calls = []
def check(x, tag):
    calls.append((x, tag))
    return x > 2
def m(o):
    match o:
        case Color.RED: return "red"
        case Consts.LIMIT: return "limit"
        case Consts.NAME | "alias": return "name"
        case (1 | 2 | 3) as small if check(small, "small"): return f"small>2 {small}"
        case [1, x] | [x, 1] | (x, 2): return f"pair x={x}"
        case {"k": v} | {"key": v}: return f"map v={v}"
        case int(n) | float(n) if check(n, "num"): return f"num {n}"
        case None | True | False: return f"singleton {o}"
        case Color(): return f"other color {o.name}"
        case _: return "default"
for o in [Color.RED, Color.GREEN, 10, 10.0, "n", "alias", 1, 3, [1, 7], [7, 1], (5, 2), {"k": 1}, {"key": 2},
          5, 0, -1.5, None, True, False, "x"]:
    print(repr(o), "->", m(o))
print(calls)
x = 0
match 5:
    case 5 if (x := x + 1) > 5: print("no")
    case 5 if (x := x + 10): print("guard ran twice", x)
match 0:
    case 0 | 1 as z: print("z", z)
match -0.0:
    case 0: print("zero matches -0.0")
match 1:
    case True: print("True matches 1?")
    case _: print("True does not match 1")
match True:
    case 1: print("1 matches True")
match 1+2j:
    case 1+2j: print("complex literal")
match -3:
    case -3: print("negative literal")
match "a":
    case "a" "b": print("no")
    case "a": print("plain a")
