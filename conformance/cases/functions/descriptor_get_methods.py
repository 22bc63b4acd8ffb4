# The built-in descriptors' own __get__ (and property's __set__/__delete__),
# as class-based decorators call them to bind the function they wrap.
import functools


class method_decorator:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)

    def __get__(self, obj, objtype=None):
        return self.fn.__get__(obj, objtype)


class Greeter:
    def __init__(self, name):
        self.name = name

    @method_decorator
    def hello(self, who):
        return f"{self.name} says hello to {who}"


g = Greeter("ann")
print(g.hello("bob"))
print(Greeter.hello.__name__)


def plain(self, x=1):
    return (self, x)


bound = plain.__get__(10)
print(bound(), bound(5))
print(plain.__get__(None, Greeter) is plain)
print(plain.__get__(3, int)(4))


class Box:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("set", value)
        self._v = value

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(a, b):
        return a + b


b = Box()
prop = Box.__dict__["v"]
prop.__set__(b, 7)
print(prop.__get__(b), prop.__get__(b, Box), prop.__get__(None, Box) is prop)
try:
    prop.__delete__(b)
except AttributeError as e:
    print("AttributeError", e)
print(Box.__dict__["make"].__get__(None, Box)())
print(Box.__dict__["make"].__get__(b)())
print(Box.__dict__["helper"].__get__(b)(2, 3))

for call in (lambda: plain.__get__(None),
             lambda: plain.__get__(None, None),
             lambda: plain.__get__(),
             lambda: plain.__get__(1, 2, 3),
             lambda: prop.__set__(b),
             lambda: prop.__get__(b, owner=Box)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
