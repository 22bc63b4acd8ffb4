# The Flag machinery's class attributes (_inverted_, _iter_member_ and its two
# strategies, _numeric_repr_) and what uses them: ~member cached both ways,
# iteration by value or, for members listed out of value order, by definition.
from enum import Flag, IntFlag, auto, KEEP, STRICT, CONFORM, EJECT
class P(Flag):
    A = 1
    B = 2
    C = 4
class Q(Flag):
    X = 4
    Y = 1
    Z = 2
    XY = 5
def sunder(cls):
    return sorted(k for k in vars(cls) if k.startswith('_') and not k.startswith('__'))
for c in (P, Q, Flag, IntFlag):
    print(c.__name__, sunder(c))
print(P._inverted_, P.A._inverted_)
inv = ~P.A
print(repr(inv), P.A._inverted_ is inv, inv._inverted_ is P.A, ~inv is P.A, ~~P.A is P.A)
print(list(P.A | P.C), list(Q.X | Q.Y), list(Q.XY), list(~Q.Z), repr(Q(7)), repr(~Q.XY))
print(Q._iter_member_ == Q._iter_member_by_def_, P._iter_member_ == P._iter_member_by_value_)
print(type(iter(P.A)).__name__, len(P(7)), P._numeric_repr_ is repr)
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(~K.A), repr(K(9)), repr(~K(9)))
class I(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(~I.R), repr(~I(0)), I.R._inverted_, repr(I(8)), list(I(15)), repr(~I(8)))
print(repr(~P(0)), repr(~P(7)), P(0)._inverted_)
print(sorted(vars(P.A)))
