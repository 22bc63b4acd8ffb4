def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first} {middle} {last}"
        case [first, *rest]:
            return f"head {first} rest {rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1])]:
    print(type(v).__name__, seq(v))
def tail(x):
    match x:
        case [*init, 0]:
            return f"ends in zero after {init}"
        case [*_, last]:
            return f"last {last}"
        case _:
            return "none"
print(tail([3, 2, 0]), tail([0]), tail([1, 2]), tail(()))
match [1, [2, 3], (4, [5])]:
    case [x, [y, z], (w, [v])]:
        print(x, y, z, w, v)
match (1, 2, 3):
    case (1, *rest):
        print(type(rest).__name__, rest)
match [1, 2]:
    case 1, 2:
        print("bare tuple pattern")
match [1, 2, 3, 4]:
    case [_, _, *_]:
        print("at least two")
match "abc":
    case [*chars]:
        print("str matched", chars)
    case str():
        print("str is not a sequence pattern")
