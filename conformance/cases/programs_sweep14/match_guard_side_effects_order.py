# Patterns are tried top to bottom; guards run only when the pattern
# matched, captures happen before the guard, and a failed guard keeps them.
calls = []


def guard(label, result):
    calls.append(label)
    return result


def test(v):
    match v:
        case [x, y] if guard(f"g1 x={x}", x > y):
            return "descending pair"
        case [x, y] if guard(f"g2 x={x}", x == y):
            return "equal pair"
        case [x, *_] if guard("g3", False):
            return "never"
        case {"k": x} if guard(f"g4 {x}", True):
            return "mapping"
        case _:
            try:
                return f"fallback (x is {x})"
            except UnboundLocalError:
                return "fallback (x is unbound)"


for v in ([2, 1], [1, 1], [1, 2], {"k": 5}, "s"):
    calls.clear()
    print(f"{v!r:10} {test(v):26} {calls}")
