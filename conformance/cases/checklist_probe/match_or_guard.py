log = []
def guard(tag, result):
    log.append(tag)
    return result

def classify(x):
    match x:
        case (1 | 2 | 3) as small if guard("small", x != 2):
            return f"small {small}"
        case [a, 1] | [1, a] if guard("pair", a > 0):
            return f"pair a={a}"
        case {"k": (int() | float()) as num}:
            return f"num {num}"
        case str() | bytes() as sb if guard("sb", len(sb) > 1):
            return f"str/bytes {sb!r}"
        case (True | None) as lit:
            return f"literal {lit}"
        case _ if guard("wild", True):
            return "wild"

for v in [1, 2, 3, [5, 1], [1, 5], [1, -1], [-1, 1], {"k": 2}, {"k": 2.5}, {"k": "s"}, "ab", "a",
          b"xy", True, None, 1.0, False, 0]:
    log.clear()
    print(repr(v), classify(v), log)

match 5:
    case x if (y := x * 2) > 5:
        print("walrus in guard", x, y)
match [1, 2]:
    case [x, y] if x > y:
        print("no")
    case [x, y]:
        print("rebound", x, y)
x = "before"
match 42:
    case 0:
        pass
    case other:
        print("capture", other)
print(x)
match (1, 2):
    case (a, b) if a > 5:
        pass
    case _:
        print("a and b still bound after failed guard:", a, b)
def g(v):
    match v:
        case n if n / 0:
            return "unreachable"
try:
    g(1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class Color:
    RED = 1
    GREEN = 2
for c in [1, 2, 3]:
    match c:
        case Color.RED | Color.GREEN:
            print("color", c)
        case _:
            print("not a color", c)
match -1:
    case -1:
        print("negative literal")
match 1+2j:
    case 1+2j:
        print("complex literal")
match 0.0:
    case -0.0:
        print("zero float matches -0.0")
match 1:
    case True:
        print("1 is True?")
    case 1.0:
        print("1 == 1.0")
