# _new_member_ is the __new__ members are made with (object's, the data
# type's, or one a body defined), which dir() of an enum class reflects;
# a member named like a base's DynamicClassAttribute or property-like
# descriptor is reached through a redirect, as in CPython.
import enum
import types
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum


class Plain(Enum):
    first = 1
    second = 2


class Number(IntEnum):
    one = 1


class Text(StrEnum):
    a = 'x'


class Bits(Flag):
    r = 1
    w = 2


class CustomBase(Enum):
    def __new__(cls, value, label):
        member = object.__new__(cls)
        member._value_ = value
        member.label = label
        return member


class Custom(CustomBase):
    low = 1, 'L'
    high = 2, 'H'


class Base(Enum):
    pass


class Mixed(int, Base):
    one = 1


for cls in (Enum, Plain, Number, Text, Bits, IntFlag, CustomBase, Custom, Base, Mixed):
    new = cls._new_member_
    print(cls.__name__, new is object.__new__, new is int.__new__, new is str.__new__,
          new is CustomBase.__dict__.get('__new_member__'), cls._use_args_,
          '__new__' in dir(cls))
print(sorted(dir(Plain)))
print(sorted(dir(Bits)) == sorted(dir(Plain)) or sorted(set(dir(Bits)) ^ set(dir(Plain))))
print(Custom.low.label, Custom(2), Mixed.one + 1, Number.one * 3)


class DynBase(Enum):
    @types.DynamicClassAttribute
    def test(self):
        return 'dynamic'


class Dyn(DynBase):
    test = 1
    other = 2


print(Dyn.test, Dyn.test.test, Dyn.test.value, Dyn.other.test, 'test' in Dyn.__dict__)


class PropBase(Enum):
    @property
    def flash(self):
        return 'flashed'


class Prop(PropBase):
    flash = 1


print(Prop.flash, Prop.flash.flash, Prop.flash.value)


class MethodBase(Enum):
    def meth(self):
        return 'method'


class Meth(MethodBase):
    meth = 1


print(type(Meth.meth).__name__, Meth.meth.value, repr(Meth.meth))
print(Plain.first.name, Plain.first.value, Plain.name if False else 'ok')
for attempt in (lambda: Plain.name, lambda: DynBase.__dict__['test'].__get__(None, Dyn)):
    try:
        print(attempt())
    except AttributeError as e:
        print('AttributeError', e)
