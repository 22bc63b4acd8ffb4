from collections import namedtuple, OrderedDict, defaultdict

P = namedtuple("P", "x y")


def m(v):
    match v:
        case P(x=0):
            return "P with x=0"
        case P(x, y) if x == y:
            return f"diag P {x}"
        case (1, *rest) if isinstance(v, tuple):
            return f"tuple starting 1 rest={rest}"
        case OrderedDict():
            return "ordered"
        case {"a": 1, **kw} if isinstance(v, defaultdict):
            return f"defaultdict {dict(kw)}"
        case {}:
            return f"some mapping size {len(v)}"
        case str() as s if s.isspace():
            return "blank"
        case [[a, b], [c, d]]:
            return f"2x2 {a + d - b - c}"
        case range():
            return f"range len {len(v)}"
        case _:
            return "?"


for v in [P(0, 5), P(3, 3), P(1, 2), (1, 2, 3), OrderedDict(a=1), defaultdict(int, a=1, b=2), {"z": 1}, {}, "  ", " x ",
          [[1, 2], [3, 4]], [[1, 2], [3]], range(5), "abc", iter([])]:
    print(type(v).__name__, "->", m(v))
print(P.__match_args__)
