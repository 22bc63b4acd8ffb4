# A member's name and value cannot be assigned or deleted.
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1


class Level(IntEnum):
    LOW = 1


for member in (Color.RED, Level.LOW):
    for attr in ('name', 'value'):
        try:
            setattr(member, attr, 3)
        except AttributeError as e:
            print("AttributeError", e)
        try:
            delattr(member, attr)
        except AttributeError as e:
            print("AttributeError", e)
    print(member.name, member.value)
