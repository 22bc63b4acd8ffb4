class Shape:
    def __init__(self, name): self._name = name
    @property
    def name(self): return self._name.title()
    @property
    def area(self): raise NotImplementedError(f"{type(self).__name__}.area")
    def __str__(self): return f"{self.name} with area {self.area:.2f}"
class Sq(Shape):
    def __init__(self, s):
        super().__init__("square"); self.s = s
    @property
    def area(self): return self.s ** 2
    @Shape.name.getter
    def name(self): return "SQ:" + self._name
class Circ(Shape):
    def __init__(self, r):
        super().__init__("circle"); self.r = r
    area = property(lambda self: 3.14159 * self.r ** 2, doc="circle area")
print(Sq(2), Circ(1), Circ.area.__doc__, Sq.name.fget.__name__)
try:
    str(Shape("blob"))
except NotImplementedError as e:
    print("NotImplementedError", e)
class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v):
        print("set", v); self._c = v
    celsius = property(_get, _set)
    fahrenheit = property(lambda s: s._c * 9 / 5 + 32, lambda s, f: setattr(s, "celsius", (f - 32) * 5 / 9))
t = Temp(); t.fahrenheit = 212; print(t.celsius, t.fahrenheit)
class RO:
    x = property(lambda s: 1)
try:
    RO().x = 2
except AttributeError as e:
    print(e)
try:
    del RO().x
except AttributeError as e:
    print(e)
class Child(Temp):
    @Temp.celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
c = Child(); c.celsius = 5; print(c.celsius)
try:
    c.fahrenheit = -1000
except ValueError as e:
    print(e)
class Counter:
    _count = 0
    @classmethod
    @property
    def doc(cls): return f"{cls.__name__} count"
    def __init__(self): type(self)._count += 1
    @staticmethod
    def help(): return "static help"
    @classmethod
    def count(cls): return cls._count
class Sub(Counter): pass
Counter(); Sub(); Sub()
print(Counter.count(), Sub.count(), Sub._count, Counter._count, Sub.help(), Sub().help(), Sub.count())
print(isinstance(Counter.__dict__["help"], staticmethod), callable(Counter.__dict__["help"]), Counter.__dict__["count"].__func__.__name__)
