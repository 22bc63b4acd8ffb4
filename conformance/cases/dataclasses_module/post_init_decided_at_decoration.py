# Whether __init__ calls __post_init__ is decided when @dataclass runs, as
# CPython generates the call into __init__ or leaves it out.
from dataclasses import InitVar, dataclass


@dataclass
class Late:
    x: int


def late_post_init(self):
    print("late post_init", self.x)


Late.__post_init__ = late_post_init
print(Late(1))


@dataclass
class Early:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


print(Early(3), Early(3, 5))
Early.__post_init__ = lambda self, scale: print("replaced", scale)
print(Early(4))
del Early.__post_init__
try:
    Early(1)
except AttributeError as e:
    print("AttributeError", e)


@dataclass
class Base:
    a: int

    def __post_init__(self):
        print("base post_init", self.a)


@dataclass
class Child(Base):
    b: int = 0


Child(1, 2)
