def classify(x):
    match x:
        case None: return "none"
        case True: return "true"
        case 0 | 0.0: return "zero"
        case int(n) if n < 0: return f"negative int {n}"
        case int() | float(): return f"number {x}"
        case str() as s if not s: return "empty str"
        case str(s): return f"str {s!r}"
        case []: return "empty list"
        case [x]: return f"singleton {x}"
        case [1, *rest]: return f"starts with 1, rest {rest}"
        case (a, b, *_, z) if isinstance(x, tuple): return f"tuple {a},{b}..{z}"
        case [*_, "end"]: return "ends with end"
        case {"type": "point", "x": px, "y": py}: return f"point {px},{py}"
        case {"type": t, **rest}: return f"typed {t} {sorted(rest)}"
        case {}: return "some dict"
        case {1, 2}: return "never"
        case _: return f"other {type(x).__name__}"

for v in [None, True, False, 0, 0.0, -5, 7, 2.5, "", "hi", [], [9], [1, 2, 3], (4, 5, 6, 7),
          ["a", "end"], {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "t", "b": 1, "a": 2},
          {"k": 1}, {1, 2}, b"bytes", range(2), "end"]:
    print(repr(v), "->", classify(v))

match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]):
        print(a + b + c + d)
match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [_, second]}}:
        print("second", second)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
