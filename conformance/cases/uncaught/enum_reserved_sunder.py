# A reserved _sunder_ name in an enum body fails where it is bound.
from enum import Enum


class Color(Enum):
    RED = 1
    _value_ = 2
