# Protocols with properties, class attributes and default methods.
from typing import Protocol, runtime_checkable, ClassVar
@runtime_checkable
class Shape(Protocol):
    sides: int
    @property
    def area(self) -> float: ...
    def describe(self) -> str:
        return f"{self.sides} sides"
class Square:
    sides = 4
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
class Line:
    sides = 1
print(isinstance(Square(2), Shape), isinstance(Line(), Shape))
class Tri(Shape):
    sides = 3
    @property
    def area(self):
        return 1.0
print(Tri().describe(), Tri().area)
try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print("TypeError", e)
