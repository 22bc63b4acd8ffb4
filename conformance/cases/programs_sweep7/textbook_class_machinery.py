from abc import ABC, abstractmethod
class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
        print("registered", cls.__name__, kind)
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} area={self.area():.2f} perim={self.perimeter():.2f}"
    def __str__(self):
        return self.describe()
class Rect(Shape, kind="rect"):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    name = property(lambda self: "Rect")
    def __repr__(self): return f"Rect({self.w}, {self.h})"
class Square(Rect, kind="square"):
    def __init__(self, s): super().__init__(s, s)
    @property
    def name(self): return "Square"
class Half(Shape):
    def area(self): return 0
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3), repr(Square(2)), [str(s) for s in (Rect(1, 2),)], sorted(Shape.registry))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Shape.registry["square"].__name__, Square.__qualname__)
class Temperature:
    def __init__(self, c=0.0): self.celsius = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"celsius must be a number, not {type(v).__name__}")
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        print("deleting"); del self._c
    fahrenheit = property(lambda s: s._c * 9 / 5 + 32, doc="F")
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__, type(Temperature.celsius).__name__)
for v in ("hot", -300):
    try:
        t.celsius = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name; self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.name, value)
class Order:
    qty = Positive(); price = Positive()
    def __init__(self, q, p): self.qty, self.price = q, p
o = Order(2, 9.5)
print(o.qty, o.price, vars(o), type(Order.qty).__name__, Order.qty.public)
try:
    Order(0, 1)
except ValueError as e:
    print("ValueError", e)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
lz = Lazy(); lz.real = 1
print(lz.xy, lz.real, getattr(lz, "nope", "dflt"), hasattr(lz, "q"))
try:
    lz.q
except AttributeError as e:
    print("AttributeError", e)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1; self.id = Counter.count
    @classmethod
    def make(cls, n): return [cls() for _ in range(n)]
    @staticmethod
    def help(): return "static"
cs = Counter.make(3); c = cs[0]; c.count = 99
print(Counter.count, c.count, cs[1].count, Counter.help(), c.help(), type(c).make(1)[0].id, vars(c))
del c.count; print(c.count)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("creating"); cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): print("init", v); self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
try:
    object.__new__(Singleton, 5).__init__()
except TypeError as e:
    print("TypeError", e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), "-", super(B, D()).who())
class E:
    def __repr__(self): return "E()"
print(str(E()), f"{E()}", [E()], format(E(), ""))
try:
    format(E(), "x")
except TypeError as e:
    print("TypeError", e)
class G:
    def __class_getitem__(cls, item): return f"G of {item!r}"
print(G[int], G["x", 1])
print(Square.__init__ is Rect.__init__, Rect.area.__qualname__, Shape.describe.__name__, Square.__name__, Square.__module__)
