# functools' native _mro_positions (singledispatch's view of cls.__mro__,
# which moat withholds) answers only with integers: where each class the
# caller already holds sits on a class's MRO, never a class from it.
import functools


class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid, int):
    pass


def attempt(label, action):
    try:
        print(label, 'ran:', action())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('user class', lambda: functools._mro_positions(Leaf, (Base, int, object, str, 5)))
attempt('builtin', lambda: functools._mro_positions(bool, (int, object, bool)))
attempt('not a type', lambda: functools._mro_positions(Leaf(), ()))
attempt('list of types', lambda: functools._mro_positions(Leaf, [Base]))
attempt('all ints', lambda: all(type(p) is int for p in functools._mro_positions(Leaf, (Mid,) * 100)))
# expect-output: user class ran: (2, 3, 4, -1, -1)
# expect-output: builtin ran: (1, 2, 0)
# expect-output: not a type TypeError _mro_positions() argument 1 must be a type, not Leaf
# expect-output: list of types TypeError _mro_positions() argument 2 must be tuple, not list
# expect-output: all ints ran: True
