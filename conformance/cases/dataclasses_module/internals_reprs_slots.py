# Field, InitVar and _DataclassParams: their reprs, their __slots__ (no
# other attributes can be set) and the markers each field records.
import dataclasses
from dataclasses import Field, InitVar, dataclass, field, fields
from typing import ClassVar, List
import re


def print(*args, _print=print):
    # MISSING shows its address: cut it.
    _print(*(re.sub(r' at 0x[0-9a-f]+>', '>', str(a)) for a in args))


print(Field.__slots__)
print(InitVar.__slots__)
print(type(dataclasses.fields).__name__, dataclasses._DataclassParams.__slots__)

f = field(default=3, repr=False, hash=True, compare=False, metadata={'unit': 'm'}, kw_only=True)
print(f)
print(f.metadata, f.metadata['unit'], len(f.metadata))
for target, attr in ((f, 'color'), (InitVar(int), 'note')):
    try:
        setattr(target, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
try:
    vars(InitVar(int))
except TypeError as e:
    print('TypeError', e)

for tp in (int, List[int], list[str], 'Later', None, 3):
    print(repr(InitVar(tp)), repr(InitVar[tp]) if tp is not None else '-')
print(InitVar[int].type, type(InitVar[int]).__name__)


@dataclass(order=True, unsafe_hash=True)
class Rec:
    a: int
    b: InitVar[int] = 0
    c: ClassVar[str] = 'c'
    d: list = field(default_factory=list, metadata={'x': 1})

    def __post_init__(self, b):
        pass


print(Rec.__dataclass_params__)
try:
    Rec.__dataclass_params__.extra = 1
except AttributeError as e:
    print('AttributeError', e)
for name, fl in Rec.__dataclass_fields__.items():
    print(name, fl._field_type, repr(fl.default_factory)[:15], fl.kw_only)
print(fields(Rec)[1])
print(repr(dataclasses._FIELD), repr(dataclasses._FIELD_CLASSVAR), repr(dataclasses._FIELD_INITVAR))
print(type(dataclasses._FIELD).__name__, dataclasses._FIELD.name)

loop = field(default=None)
loop.default = loop
print(loop)
print(repr(dataclasses._HAS_DEFAULT_FACTORY))
print(Rec.__init__.__defaults__)
for bad in ([1, 2], 'text', 5):
    try:
        field(metadata=bad)
    except TypeError as e:
        print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
