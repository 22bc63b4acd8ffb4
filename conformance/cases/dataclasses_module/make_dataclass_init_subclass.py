# make_dataclass makes its class once, as types.new_class does: the bases'
# __init_subclass__ runs once for it (and once more for the class that
# slots=True remakes, as in CPython).
import dataclasses


class Registered:
    made = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.made.append(cls.__name__)


class Point(Registered):
    pass


P = dataclasses.make_dataclass("P", [("x", int)], bases=(Registered,))
print(P(1), Registered.made)
Q = dataclasses.make_dataclass("Q", [("x", int), ("y", int, 0)], bases=(Point,))
print(Q(2), issubclass(Q, Point), Registered.made)
S = dataclasses.make_dataclass("S", ["a"], bases=(Registered,), slots=True)
print(S(3), S.__slots__, Registered.made)
N = dataclasses.make_dataclass("N", [("v", int)], bases=(int,))
print(issubclass(N, int), N.__name__, N.__qualname__, N.__module__)
E = dataclasses.make_dataclass("E", [])
print(E(), issubclass(E, object))
