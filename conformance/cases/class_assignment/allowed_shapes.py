# obj.__class__ = C between compatible classes (CPython's object_set_class).
import collections
import dataclasses


class Connection:
    def __init__(self):
        self.log = []
        self.__class__ = Closed

    def state(self):
        return type(self).__name__


class Closed(Connection):
    def open(self):
        self.log.append("open")
        self.__class__ = Open


class Open(Connection):
    def close(self):
        self.log.append("close")
        self.__class__ = Closed

    def send(self, data):
        self.log.append(f"send {data}")


c = Connection()
print(c.state(), isinstance(c, Closed), isinstance(c, Open))
c.open()
c.send("x")
print(c.state(), type(c) is Open, c.log)
c.close()
print(c.state(), vars(c))
object.__setattr__(c, "__class__", Open)
print(type(c).__name__)
c.__class__ = c.__class__
print(type(c).__name__)


class A:
    x = "A.x"

    def who(self):
        return "A"


class B:
    x = "B.x"

    def who(self):
        return "B"

    def __repr__(self):
        return "<B>"


a = A()
a.data = 1
a.__class__ = B
print(a.who(), a.x, a.data, repr(a), a.__dict__)


# Subclasses of built-in types, between classes of the same base.
class L1(list):
    def total(self):
        return sum(self)


class L2(list):
    def total(self):
        return -sum(self)


lst = L1([1, 2, 3])
lst.__class__ = L2
lst.append(4)
print(lst, lst.total(), type(lst).__name__, len(lst))


class D1(dict):
    pass


class D2(dict):
    def __missing__(self, key):
        return f"missing {key}"


d = D1(a=1)
d.__class__ = D2
print(d["a"], d["b"], d)


class S1(str):
    pass


class S2(str):
    def shout(self):
        return self.upper() + "!"


s = S1("hey")
s.__class__ = S2
print(s.shout())


class E1(ValueError):
    pass


class E2(ValueError):
    def __str__(self):
        return "E2: " + super().__str__()


e = E1("bad")
e.__class__ = E2
print(repr(e), str(e), isinstance(e, E1), e.args)
try:
    raise e
except E2 as caught:
    print("caught", type(caught).__name__)


class O1(OSError):
    pass


class O2(OSError):
    pass


o = O1(2, "gone")
o.__class__ = O2
print(type(o).__name__, o.errno, o.strerror)


class OD1(collections.OrderedDict):
    pass


class OD2(collections.OrderedDict):
    def first(self):
        return next(iter(self))


od = OD1(b=1, a=2)
od.__class__ = OD2
od.move_to_end("b")
print(od.first(), list(od))


# __slots__: the same names in the same order over the same parent.
class P1:
    __slots__ = ("x", "y")


class P2:
    __slots__ = ("x", "y")

    def norm(self):
        return abs(self.x) + abs(self.y)


p = P1()
p.x, p.y = 3, -4
p.__class__ = P2
print(p.norm(), p.x, p.y)


class Base:
    __slots__ = ("v",)


class Sub1(Base):
    __slots__ = ()


class Sub2(Base):
    __slots__ = ()

    def get(self):
        return self.v


q = Sub1()
q.v = 5
q.__class__ = Sub2
print(q.get())
q.__class__ = Base
print(type(q).__name__, q.v)


# A class adding __del__ finalizes the instance it gains.
class Plain:
    pass


class Final:
    def __del__(self):
        print("Final.__del__", self.tag)


x = Plain()
x.tag = "x"
x.__class__ = Final
del x
print("after del x")

y = Final()
y.tag = "y"
y.__class__ = Plain
del y
print("after del y")


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass
class Point3(Point):
    z: int = 0


pt = Point(1, 2)
pt.__class__ = Point3
print(pt, pt == Point3(1, 2, 0))


class Red:
    pass


class Blue:
    pass


r = Red()
r.__class__ = Blue
print(type(r).__qualname__)


# Inside a method, super() checks the instance against the method's class.
class Base2:
    def hello(self):
        return "Base2.hello"


class Left(Base2):
    def hello(self):
        self.__class__ = Right
        return "Left>" + super().hello()


class Right(Base2):
    def hello(self):
        return "Right"


obj = Left()
try:
    obj.hello()
except TypeError as err:
    print(type(obj).__name__, err)
print(obj.hello())
