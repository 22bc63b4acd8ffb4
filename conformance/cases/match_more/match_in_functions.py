def http_status(status):
    match status:
        case 400:
            return "Bad request"
        case 401 | 403:
            return "Not allowed"
        case 404:
            return "Not found"
        case int() if 500 <= status < 600:
            return "Server error"
    return "Something else"
print([http_status(s) for s in (400, 403, 404, 503, 200, "404")])
def loop_with_match(items):
    total = 0
    for it in items:
        match it:
            case None:
                break
            case int() | float() as n:
                total += n
            case [*nums]:
                total += sum(nums)
                continue
            case _:
                return f"bad item {it!r}"
    return total
print(loop_with_match([1, 2.5, [1, 2], None, 100]), loop_with_match([1, "x"]))
def gen(xs):
    for x in xs:
        match x:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s.upper()
print(list(gen([("a", 1), "b", 3, ("c", 2)])))
def nested_match(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            return "a nonzero"
print(nested_match(0, 0), nested_match(0, 1), nested_match(1, 0))
match = 3
case = [match, match]
print(match, case)
match case:
    case [match, 3]:
        print("soft keywords as names", match)
