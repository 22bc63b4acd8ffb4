class NoArgs:
    pass


class TooMany:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


class BadArgs:
    __match_args__ = "a"


def try_match(obj, which):
    try:
        match obj:
            case NoArgs(x) if which == 0:
                return "no"
            case TooMany(x, y) if which == 1:
                return "too many"
            case BadArgs(x) if which == 2:
                return "bad"
            case int(x, y) if which == 3:
                return "int"
            case _:
                return "default"
    except TypeError as e:
        return f"TypeError {e}"


print(try_match(NoArgs(), 0))
print(try_match(TooMany(), 1))
print(try_match(BadArgs(), 2))
print(try_match(5, 3))
print(try_match(TooMany(), 9))
x = 5
match x:
    case int() if x > 3:
        print("big int")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest} if rest:
        print("rest", rest)
match "hello":
    case str(s) if s.startswith("h"):
        print("h-word", s)
