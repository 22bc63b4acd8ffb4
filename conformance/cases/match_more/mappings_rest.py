def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": "red", "z": 0}, {"type": "circle", "r": 1},
          {"type": "tri"}, {"kind": 1}, {}, [("type", "point")], "type"]:
    print(m(v))
match {1: "a", 2: "b"}:
    case {1: a, **others}:
        print(a, others)
match {"a": None}:
    case {"a": None}:
        print("None value matched")
match {"a": 1}:
    case {"b": _}:
        print("no")
    case {"a": 1, **kw} if not kw:
        print("exact", kw)
class Keys:
    A = "k"
match {"k": 10, "j": 11}:
    case {Keys.A: v, **rest}:
        print(v, rest)
class DefaultCounting(dict):
    def __missing__(self, key):
        return 0
match DefaultCounting(a=1):
    case {"zz": v}:
        print("missing used", v)
    case {"a": v}:
        print("__missing__ not used", v)
