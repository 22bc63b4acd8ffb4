class Color:
    RED = "red"
    GREEN = "green"
class Codes:
    class Http:
        OK = 200
        NOT_FOUND = 404
def describe(x):
    match x:
        case Color.RED:
            return "is red"
        case Codes.Http.OK:
            return "ok"
        case Codes.Http.NOT_FOUND:
            return "not found"
        case other:
            return f"captured {other!r}"
for v in ["red", "green", 200, 200.0, 404, "blue"]:
    print(describe(v))
RED = "red"
match "green":
    case RED:
        print("capture binds, RED =", RED)
print(RED)
match 5:
    case _:
        print("wildcard does not bind")
try:
    print(_)
except NameError as e:
    print(type(e).__name__, e)
match (1, 2):
    case (a, b) if a > b:
        print("gt")
    case (a, b):
        print("else", a, b)
n = None
match [1, 2, 3]:
    case [1, n]:
        print("no")
    case [1, *_]:
        print("n untouched", n)
class EqAll:
    def __eq__(self, other):
        print("eq called with", other)
        return True
class Holder:
    v = EqAll()
match 42:
    case Holder.v:
        print("value pattern uses ==")
