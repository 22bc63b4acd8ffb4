# Value patterns with dotted names compare with ==; names are looked up
# each time the case is tried, and enum members work.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    ZERO = 0
    class Nested:
        LIMIT = 10


def f(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.ZERO:
            return "zero"
        case Consts.Nested.LIMIT:
            return "limit"
        case _:
            return "other"


for v in [Color.RED, Color.GREEN, 0, 0.0, False, 10, 10.0, 1, 2]:
    print(repr(v), f(v))

Consts.ZERO = 1
print("after rebinding:", f(1), f(0))

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ with", other)
        return NotImplemented

class Holder:
    value = Eq()

match 5:
    case Holder.value:
        print("matched")
    case _:
        print("no match: NotImplemented falls back to identity")

class Always:
    def __eq__(self, other):
        return True
Holder.value = Always()
match "anything":
    case Holder.value:
        print("Always matched")

try:
    match 1:
        case Consts.MISSING:
            pass
except AttributeError as e:
    print("AttributeError", e)
