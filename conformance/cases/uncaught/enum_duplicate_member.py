# An enum body that binds a member name twice fails at the second binding.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    RED = 3
