# An enum class statement runs EnumType.__prepare__ (bound, then called),
# the body and the metaclass call, each of which may collect garbage; the
# bound __prepare__ must stay rooted only while it lives. Bodies and member
# constructors that allocate cycles make the collector run at each step.
# expect-output: made 60 [0, 1, 2]
from enum import Enum


class Cyclic(Enum):
    def __init__(self, *args):
        junk = []
        for i in range(300):
            a = [i]
            a.append(a)
            junk.append(a)


made = []
for n in range(60):
    class E(Cyclic):
        _ignore_ = ['_i', '_x']
        for _i in range(50):
            _x = [[1], [2]]
            _x.append(_x)
        A = 0
        B = 1
        C = 2
    made.append(E)
print('made', len(made), [m.value for m in made[-1]])
