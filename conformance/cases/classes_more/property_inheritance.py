class Base:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
class Child(Base):
    @Base.x.getter
    def x(self):
        return self._x * 10
class RO:
    @property
    def v(self): return 1
b = Base(); b.x = 5; print(b.x)
c = Child(); c.x = 3; print(c.x)
del c.x
try: c.x
except AttributeError as e: print(e)
try: b.x = -1
except ValueError as e: print(e)
r = RO()
try: r.v = 2
except AttributeError as e: print(e)
try: del r.v
except AttributeError as e: print(e)
print(Base.x.__doc__)
print(type(Base.x).__name__, isinstance(Base.x, property))
class P2:
    def getv(self): return 7
    v = property(getv, doc="doc v")
print(P2().v, P2.v.__doc__)
class Over(Base):
    @property
    def x(self): return "over"
o = Over()
try: o.x = 1
except AttributeError as e: print(e)
print(o.x)
class Lazy:
    @property
    def val(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr:{name}"
print(Lazy().val)
class Sup(Base):
    @property
    def x(self):
        return super().x + 100
    @x.setter
    def x(self, v):
        Base.x.fset(self, v)
s = Sup(); s.x = 4; print(s.x)
print(property().fget, Base.x.fset.__name__)
try:
    property()(1)
except TypeError as e: print(e)
pp = property()
class H:
    p = pp
try: H().p
except AttributeError as e: print(e)
try: H().p = 1
except AttributeError as e: print(e)
