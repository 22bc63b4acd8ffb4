class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Color:
    RED = "red"
    GREEN = "green"
def describe(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=yy): return f"on y axis at {yy}"
        case Point(x, 0): return f"on x axis at {x}"
        case Point(x, y) if x == y: return f"diag {x}"
        case Point(): return "some point"
        case [Point(x=a), Point(x=b)]: return f"two points {a} {b}"
        case {"x": x, "y": y, **rest}: return f"dict {x} {y} {rest}"
        case (1 | 2 | 3) as n: return f"small {n}"
        case int(n) | float(n) if n > 100: return f"big {n}"
        case str() as s if s.startswith("c"): return "c-word"
        case Color.RED: return "red!"
        case [1, *mid, 9]: return f"1..9 {mid}"
        case [*_, "end"]: return "ends with end"
        case (a, b): return f"pair {a} {b}"
        case {"k": [1, {"n": n}]}: return f"nested {n}"
        case None: return "none"
        case True: return "true"
        case _: return "other"
tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
         [Point(1, 0), Point(2, 0)], {"x": 1, "y": 2, "z": 3}, 2, 500, 5.5, 300.5,
         "cat", "red", [1, 2, 3, 9], [1, 9], ("a", "end"), (7, 8), "ab",
         {"k": [1, {"n": 4}]}, None, True, 1, 1.0, False, 0]
for t in tests:
    print(describe(t))
class P3:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match P3():
        case P3(_, _): print("no")
        case _: print("x")
except TypeError as e:
    print(e)
