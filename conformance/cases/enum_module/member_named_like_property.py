# A member whose name a base's enum.property has (Enum's own name and value
# included): the class attribute is the member, a member's attribute runs
# the property. EnumType's __getattr__ gives members and its bare
# AttributeError(name) for what is missing.
import enum
from enum import Enum, Flag, IntEnum, unique


class Huh(Enum):
    name = 1
    value = 2


print(list(Huh), type(Huh.name) is Huh)
print(Huh.name.name, Huh.name.value, Huh.value.name, Huh.value.value)
print(Huh['name'], Huh(2), repr(Huh.value), Huh.__members__)


class BaseEnum(Enum):
    @enum.property
    def first(self):
        return '%s is first!' % self.name


class Main(BaseEnum):
    first = 1
    second = 2
    third = 3
    dupe = 3


print(list(Main), Main.first, Main.dupe, Main['first'])
print([m.first for m in Main])


class MainInt(int, BaseEnum):
    first = 1
    second = 2


print(list(MainInt), [m.first for m in MainInt], MainInt.first + 1)

for action in ('set', 'delete'):
    for target in (Main.second, Huh.name):
        try:
            if action == 'set':
                target.first = 5
                target.name = 'x'
            else:
                del target.first
        except AttributeError as e:
            print("AttributeError", e)

try:
    Main.first = 5
except AttributeError as e:
    print("AttributeError", e)

for cls, attr in ((Enum, 'name'), (Main, 'value'), (Main, 'XYZ'), (Huh, 'third')):
    try:
        print(getattr(cls, attr))
    except AttributeError as e:
        print("AttributeError", repr(e))
print(hasattr(Main, 'second'), hasattr(Main, 'fourth'), getattr(Main, 'third'))

try:
    @unique
    class Silly(Enum):
        one = 1
        two = 'dos'
        name = 3
    print(list(Silly), Silly.name.value)
except ValueError as e:
    print("ValueError", e)


class F(Flag):
    name = 1
    value = 2


print(F.name | F.value, (F.name | F.value).value, F.name.name, F.value.value)


class WithProp(Enum):
    @property
    def label(self):
        return self.name.lower()


class Sub(WithProp):
    label = 1
    OTHER = 2


# A built-in property in the base does not redirect: the member wins.
print(Sub.label, Sub.OTHER.label, Sub.label.label)
