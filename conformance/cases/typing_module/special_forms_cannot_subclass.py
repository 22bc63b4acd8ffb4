# typing's special forms, their subscriptions, type variables and their
# own classes refuse to be subclassed; Any may be.
import typing
from typing import (Annotated, Any, ClassVar, Final, List, Literal, NoReturn,
                    Optional, ParamSpec, TypeVar, TypeVarTuple, Union)


def try_subclass(label, base):
    try:
        class C(base):
            pass
        print(label, "subclassed")
    except TypeError as e:
        print(label, "TypeError:", e)


for label, base in [("ClassVar", ClassVar), ("Final", Final), ("Union", Union),
                    ("Literal", Literal), ("NoReturn", NoReturn),
                    ("ClassVar[int]", ClassVar[int]), ("Optional[str]", Optional[str]),
                    ("Union[int, str]", Union[int, str]), ("Literal['a']", Literal['a']),
                    ("type(ClassVar)", type(ClassVar)), ("type(ClassVar[int])", type(ClassVar[int])),
                    ("type(List)", type(List)), ("TypeVar", TypeVar), ("ParamSpec", ParamSpec),
                    ("TypeVarTuple", TypeVarTuple), ("Annotated", Annotated), ("Any", Any),
                    ("List[int]", List[int])]:
    try_subclass(label, base)

print(ClassVar.__name__, Union.__qualname__, Optional.__name__)
try:
    ClassVar.nothing
except AttributeError as e:
    print("AttributeError", e)
for form in (ClassVar, Union):
    try:
        iter(form)
    except TypeError as e:
        print("TypeError", e)
print(isinstance(Union, typing.Iterable))
