class Color:
    RED = "red"
    GREEN = "green"


def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case str(s) if s.startswith("b"):
            return "B-ish"
        case _:
            return "?"


print([name(c) for c in ["red", "green", "blue", "pink", 3]])


def classify(pair):
    match pair:
        case (a, b) if a > b:
            return "desc"
        case (a, b) if a < b:
            return "asc"
        case (a, b):
            return "flat"
    return "none"


print(classify((2, 1)), classify((1, 2)), classify((1, 1)), classify([1]))

total = 0
for item in [("add", 3), ("sub", 1), ("mul", 4), ("noop",), ("add", "x")]:
    match item:
        case ("add", int(n)):
            total += n
        case ("sub", int(n)):
            total -= n
        case ("mul", n):
            total *= n
        case (op,):
            print("lone", op)
        case other:
            print("unhandled", other)
print(total)
