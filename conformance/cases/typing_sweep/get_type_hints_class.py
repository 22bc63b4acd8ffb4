# get_type_hints on classes with inheritance and ClassVar.
from typing import get_type_hints, ClassVar, Optional
class Base:
    a: int
    b: "str"
class Child(Base):
    c: "Optional[Child]"
    d: ClassVar[int] = 3
print(get_type_hints(Base))
print(get_type_hints(Child))
print(Child.__annotations__)
class Empty:
    pass
print(get_type_hints(Empty), get_type_hints(len) if False else "")
