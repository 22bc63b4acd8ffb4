# copy.copy / deepcopy of a plain instance make the new object with
# cls.__new__(cls) (copyreg.__newobj__ without arguments), so a class's own
# __new__ runs, and one that needs arguments fails, unless __getnewargs__
# supplies them.
import copy


class Counted:
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls)

    def __init__(self, v=0):
        self.v = v


c = Counted(5)
d = copy.copy(c)
e = copy.deepcopy(c)
print(Counted.made, d.v, e.v)


class NeedsArg:
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.v = v
        return obj


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NeedsArg(3))
    except TypeError as exc:
        print(fn.__name__, exc)


class WithArgs(NeedsArg):
    def __getnewargs__(self):
        return (self.v * 10,)


print(copy.copy(WithArgs(3)).v, copy.deepcopy(WithArgs(4)).v)


class Single:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


s = Single()
s.data = [1]
print(copy.copy(s) is s, copy.deepcopy(s) is s, s.data)
