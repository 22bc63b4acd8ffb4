# Which protocol classes refuse instances (python3.11): only a protocol that
# would run object's __init__. A concrete class inheriting a protocol's
# stand-in __init__ runs the next real __init__ along its MRO.
import typing


class WithInit(typing.Protocol):
    def __init__(self, tag):
        print("WithInit.__init__", tag)


WithInit("direct")
print(type(typing.Protocol()).__name__)


class Plain(typing.Protocol):
    size: int


try:
    Plain()
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, value):
        print("Base.__init__", value)


class Concrete(Plain, Base):
    pass


Concrete(5)
Concrete(value=6)


class Derived(WithInit, typing.Protocol):
    pass


Derived("derived protocol")


class Own(Plain, Base):
    def __init__(self):
        print("Own.__init__")
        super().__init__()


Own()
print(Plain.__init__.__name__)
try:
    Concrete()
except TypeError as e:
    print("TypeError:", e)
