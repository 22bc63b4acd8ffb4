log = []
def g(tag, result):
    log.append(tag)
    return result
def run(x):
    log.clear()
    match x:
        case int(n) if g("guard1", n > 10):
            out = "big"
        case int(n) if g("guard2", n % 2 == 0):
            out = "even"
        case str() if g("guard3", False):
            out = "never"
        case int(n) | str(n) if g("guard4", True):
            out = f"fallback {n}"
        case _:
            out = "none"
    return out, list(log)
for v in [20, 4, 3, "s", None]:
    print(v, run(v))
def first_match_wins(x):
    match x:
        case [a, *_]:
            return "first"
        case [a, b]:
            return "second (unreachable for lists)"
    return "no case"
print(first_match_wins([1, 2]), first_match_wins({}))
x = "unchanged"
match 99:
    case x if x < 0:
        pass
    case _:
        pass
print("capture before failed guard still binds:", x)
result = []
for cmd in ["go", "stop", "wait", "go"]:
    match cmd:
        case "go" if not result:
            result.append("start")
        case "go":
            result.append("again")
        case "stop":
            result.append("halt")
        case _:
            continue
    result.append(".")
print(result)
def side(n):
    print("subject evaluated", n)
    return n
match side(3):
    case 1:
        pass
    case 3:
        print("subject evaluated once")
