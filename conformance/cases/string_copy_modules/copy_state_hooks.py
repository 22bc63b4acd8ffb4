# copy and deepcopy use __getstate__/__setstate__ when a class defines them,
# and look __copy__ up on the class.
import copy


class Connection:
    def __init__(self, host):
        self.host = host
        self.cache = {"warm": True}
        self.opened = [host]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("restoring", sorted(state))
        self.__dict__.update(state)
        self.cache = {}


c = Connection("db")
shallow = copy.copy(c)
deep = copy.deepcopy(c)
print(shallow.host, shallow.cache, shallow.opened is c.opened)
print(deep.host, deep.cache, deep.opened == c.opened, deep.opened is c.opened)


class OnlySet:
    def __setstate__(self, state):
        print("setstate got", state)
        self.__dict__.update(state)


o = OnlySet()
o.items = [1, 2]
print(copy.deepcopy(o).items)
empty = copy.copy(OnlySet())
print(type(empty).__name__)


class Tuple:
    def __init__(self, a):
        self.a = a

    def __getstate__(self):
        return ("packed", self.a)

    def __setstate__(self, state):
        self.a = state[1] * 2


print(copy.copy(Tuple(4)).a, copy.deepcopy(Tuple([1])).a)


class Slotted:
    __slots__ = ("x", "y")


s = Slotted()
s.x = [1]
t = copy.deepcopy(s)
print(t.x, t.x is s.x, hasattr(t, "y"))


class Lazy:
    def __init__(self):
        self.value = 1

    def __getattr__(self, name):
        print("__getattr__", name)
        raise AttributeError(name)

    def __copy__(self):
        print("__copy__")
        new = Lazy()
        new.value = self.value + 1
        return new


print(copy.copy(Lazy()).value)
