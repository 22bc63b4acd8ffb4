from enum import Enum, auto
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
class Cfg:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED | Color.GREEN:
            return "warm-ish"
        case Color.BLUE:
            return "cool"
        case Cfg.LIMIT:
            return "at limit"
        case True:
            return "literal True"
        case 1:
            return "one"
        case None:
            return "none"
        case -1.5:
            return "neg float"
        case 1+2j:
            return "complex"
        case "a" "b":
            return "concat ab"
        case _:
            return "no match"
for v in [Color.RED, Color.BLUE, 10, 10.0, True, 1, 1.0, None, -1.5, 1+2j, "ab", False, 0]:
    print(repr(v), check(v))
