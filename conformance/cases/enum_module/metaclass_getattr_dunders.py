# EnumType.__getattr__ answers every failed class-attribute lookup,
# dunders included: a missing dunder is a bare AttributeError(name).
import enum


class Color(enum.Enum):
    RED = 1


for name in ["__foo__", "__slots__", "__wrapped__", "__copy__", "__x", "_x_", "BLUE"]:
    try:
        getattr(Color, name)
    except AttributeError as exc:
        print(name, repr(exc), exc.__context__, exc.__suppress_context__)
    print(name, hasattr(Color, name))
print(getattr(Color, "__nothing__", "default"))
try:
    Color.RED.__foo__
except AttributeError as exc:
    print(repr(exc))
