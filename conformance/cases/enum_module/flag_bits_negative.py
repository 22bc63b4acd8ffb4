# enum's bit iterator refuses a negative number (whose bits never run out)
# with CPython's ValueError; negative values still work where Flag and
# IntFlag accept them.
import enum
from enum import Flag, IntFlag

for v in (-8, -1, 0, 5):
    try:
        print(v, list(enum._iter_bits_lsb(v)))
    except ValueError as e:
        print("ValueError", e)


class Color(Flag):
    RED = 1
    GREEN = 2


print(list(enum._iter_bits_lsb(Color.RED | Color.GREEN)))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm(-1), Perm(-3), list(Perm(-3)), ~Perm.R)


class Neg(Flag):
    A = -2
    B = 1


print(list(Neg), Neg.A)
