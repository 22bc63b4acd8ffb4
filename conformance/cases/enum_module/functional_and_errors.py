# The functional API, enum errors, and mixing enums with other classes.
from enum import Enum, IntEnum, auto
from abc import ABC

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal, Animal(3))
Pair = Enum("Pair", [("LEFT", 10), ("RIGHT", 20)])
print(Pair.RIGHT, Pair(10), Pair["LEFT"].value)
Num = IntEnum("Num", "ONE TWO")
print(Num.TWO + 0, repr(Num.ONE))
Sized = Enum("Sized", {"S": 1, "M": 2})
print(list(Sized))

try:
    class Bad(Enum, ABC):
        X = 1
except TypeError as e:
    print("TypeError", e)


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value}"


class Sub(Base):
    A = auto()
    B = auto()


print(Sub.A.describe(), [m.describe() for m in Sub])


class Token(Enum):
    PLUS = "+"
    MINUS = "-"

    @classmethod
    def from_char(cls, ch):
        for t in cls:
            if t.value == ch:
                return t
        raise ValueError(f"unknown token {ch!r}")


print([Token.from_char(c) for c in "+-+"])
try:
    Token.from_char("*")
except ValueError as e:
    print("ValueError", e)
