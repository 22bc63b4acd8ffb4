import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


LIMIT = 3


class K:
    LIMIT = 3


def classify(v):
    match v:
        case Color.RED:
            return "red"
        case K.LIMIT:
            return "limit"
        case (1, 2) | [3, 4]:
            return "pair"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case {1: x}:
            return f"one->{x}"
        case 0.5 | -1 | 1j:
            return "numeric literal"
        case "a" "b":
            return "concat ab"
        case _:
            return f"fallback {v!r}"


for v in [Color.RED, Color.GREEN, 3, (1, 2), [3, 4], "xyz", [5, 1, 5], {1: "z", 2: 3}, 0.5, -1, 1j,
          "ab", [1, 2, 1], (9,)]:
    print(classify(v))
LIMIT = 99
print(classify(99))
