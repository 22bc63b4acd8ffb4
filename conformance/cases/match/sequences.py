def shape(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3, 4], "ab", range(3), {"a": 1}, 5, (9,), [[1, 2], 3]]:
    print(repr(v), shape(v))


def nested(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return "go " + direction
        case ["take", item, *_]:
            return "take " + item
        case [("a", b), [c, *rest]]:
            return f"nested {b} {c} {rest}"
        case _:
            return "?"


for c in [["go", "north"], ["go", "east"], ["take", "lamp", "now"], [("a", 1), [2, 3, 4]], ["x"]]:
    print(c, nested(c))
