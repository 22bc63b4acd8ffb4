# A KEEP flag's unknown bits are spelled with repr() in 3.11 (Flag's
# _numeric_repr_), unless a class sets its own _numeric_repr_.
import enum
from enum import Flag, IntFlag


class Loose(Flag, boundary=enum.KEEP):
    A = 1
    B = 2


class Hexy(Flag, boundary=enum.KEEP):
    _numeric_repr_ = hex
    A = 1


class Mode(IntFlag):
    A = 1
    B = 2


for member in (Loose(5), Loose(12), Loose(4), Hexy(17), Mode(9), Mode(8), Mode(-1)):
    print(repr(member), str(member), member.name, member.value)
print(list(Loose(7)), Loose(13) & Loose.A, repr(Loose(13) | Loose.B))
