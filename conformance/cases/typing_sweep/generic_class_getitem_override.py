# A Generic class with its own __class_getitem__ and __init_subclass__.
from typing import Generic, TypeVar
T = TypeVar("T")
class Field(Generic[T]):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Field.registry.append(cls.__name__)
class IntField(Field[int]): pass
class StrField(Field[str]): pass
print(Field.registry)
class Sized:
    def __class_getitem__(cls, n):
        return f"{cls.__name__} of {n}"
print(Sized[3], Sized["x"])
