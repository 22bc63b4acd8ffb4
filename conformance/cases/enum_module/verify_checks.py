# enum.verify: UNIQUE names the aliases, CONTINUOUS wants every int of an
# enum's range and every power of two of a flag's, NAMED_FLAGS wants each
# alias's bits named; show_flag_values lists a value's bits.
import enum
from enum import CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, Flag, IntFlag, verify


def attempt(make):
    try:
        cls = make()
        print("ok", list(cls))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)


def unique_enum():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        CRIMSON = 1
        LIME = 2
    return Color


def continuous_enum():
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        B = 4
        C = 7
    return Gap


def continuous_flag():
    @verify(CONTINUOUS)
    class Incomplete(Flag):
        FIRST = 1
        SECOND = 2
        THIRD = 4
        FIFTH = 16
        SEVENTH = 64
    return Incomplete


def continuous_flag_ok():
    @verify(CONTINUOUS)
    class Complete(Flag):
        ONE = 1
        TWO = 2
        FOUR = 4
    return Complete


def long_gap():
    @verify(CONTINUOUS)
    class Wide(Enum):
        LOW = 1
        HIGH = 200
    return Wide


def named_flags_one():
    @verify(NAMED_FLAGS)
    class Perm(IntFlag):
        R = 4
        W = 2
        RWX = 7
    return Perm


def named_flags_two():
    @verify(NAMED_FLAGS)
    class Bizarre(Flag):
        b = 3
        c = 4
        d = 6
    return Bizarre


def named_flags_ok():
    @verify(NAMED_FLAGS, UNIQUE)
    class Fine(Flag):
        A = 1
        B = 2
        AB = 3
    return Fine


def not_an_enum():
    @verify(UNIQUE)
    class Plain:
        pass
    return Plain


for make in (unique_enum, continuous_enum, continuous_flag, continuous_flag_ok, long_gap,
             named_flags_one, named_flags_two, named_flags_ok, not_an_enum):
    attempt(make)
print(enum.show_flag_values(3), enum.show_flag_values(0), enum.show_flag_values(40))
