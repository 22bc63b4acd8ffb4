# Guards run in order, only after their pattern matched; bindings made by
# a failed case's pattern stay bound (CPython binds names as it goes).
calls = []

def check(label, result):
    calls.append(label)
    return result


def classify(x):
    match x:
        case int(n) if check(f"neg {n}", n < 0):
            return "negative"
        case int(n) if check(f"small {n}", n < 10):
            return "small"
        case [a, b] if check(f"pair {a} {b}", a == b):
            return "equal pair"
        case [a, b]:
            return f"pair {a} {b}"
        case str() as s if check("str", len(s) > 3) and check("str2", s.isalpha()):
            return "long alpha"
        case _ if check("wild", True):
            return "other"


for value in [-1, 3, 42, [1, 1], [1, 2], "abcd", "ab", "abc1", None]:
    calls.clear()
    print(repr(value), classify(value), calls)

match [1, 2]:
    case [x, y] if x > y:
        pass
    case _:
        print("x and y bound by the failed case:", x, y)

n = 0
def bump():
    global n
    n += 1
    return False

match 5:
    case 1 | 2 if bump():
        pass
    case 5 if bump():
        pass
    case int() if bump():
        pass
    case _:
        pass
print("guards evaluated:", n)

try:
    match 3:
        case 3 if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
