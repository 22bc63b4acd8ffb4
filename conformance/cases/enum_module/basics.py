# Enum members: names, values, lookups, iteration and the errors scripts hit.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color)
print(f"{Color.GREEN}", format(Color.BLUE, ">12"), "[%s]" % Color.RED)
print(Color.RED.name, Color.RED.value, type(Color.RED), type(Color.RED.value))
print(Color(2), Color["BLUE"], Color(Color.RED) is Color.RED)
print(len(Color), list(Color), [c.name for c in reversed(Color)])
print(Color.RED in Color, Color.__members__)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(max(Color, key=lambda c: c.value).name)

try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)

for name, member in Color.__members__.items():
    print(name, "->", member.value)

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
