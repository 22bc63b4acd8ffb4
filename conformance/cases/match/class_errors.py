class P:
    pass


class Q:
    __match_args__ = ("a", 1)
    a = 1


class R:
    __match_args__ = ["a"]


class S:
    __match_args__ = ("a",)
    a = 1


def attempt(subject, which):
    try:
        match subject:
            case P(1) if which == "p":
                return "p"
            case Q(x, y) if which == "q":
                return "q"
            case R(x) if which == "r":
                return "r"
            case S(x, a=2) if which == "s":
                return "s"
            case int(1, 2) if which == "int":
                return "int"
        return "no match"
    except TypeError as e:
        return "TypeError " + str(e)


print(attempt(P(), "p"))
print(attempt(Q(), "q"))
print(attempt(R(), "r"))
print(attempt(S(), "s"))
print(attempt(1, "int"))
print(attempt(1, "p"))
x = 5
try:
    match 3:
        case x.real():
            pass
except TypeError as e:
    print("TypeError", e)
