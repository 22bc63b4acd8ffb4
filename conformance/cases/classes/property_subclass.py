# Subclasses of property, classmethod and staticmethod: overridden __get__
# and __set__, super() to the built-in behaviour, __init__ overrides,
# instance attributes, getter/setter/deleter making the subclass, __doc__.
class classproperty(property):
    def __get__(self, obj, owner):
        return self.fget(owner)

class A:
    _x = 5
    @classproperty
    def x(cls):
        "doc of x"
        return cls._x * 2

print(A.x, A().x)
print(type(A.__dict__['x']).__name__, isinstance(A.__dict__['x'], property))
print(A.__dict__['x'].__doc__)

class typed(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, *, kind=int):
        print("typed init", fget is not None, fset is not None, doc)
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        super().__set__(obj, value)

class B:
    def __init__(self):
        self._v = 0
    @typed
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, value):
        self._v = value

b = B()
b.v = 3
print(b.v)
try:
    b.v = "s"
except TypeError as e:
    print("TypeError", e)
p = B.__dict__['v']
print(type(p).__name__, p.kind, p.__doc__)
print(type(p.getter(lambda s: 1)).__name__)
try:
    del b.v
except AttributeError as e:
    print("AttributeError", e)

class plain(property):
    pass

class C:
    @plain
    def z(self):
        "zdoc"
        return 42
    @z.setter
    def z(self, v):
        print("set z", v)
    @z.deleter
    def z(self):
        print("del z")
c = C()
print(c.z)
c.z = 7
del c.z
print(C.z.__doc__, type(C.z).__name__)
print(C.__dict__['z'].fget(c))
pp = plain(lambda s: 1, doc="given")
print(pp.__doc__)
pp.extra = 5
print(pp.extra, pp.__dict__)

class Noisy(property):
    def __get__(self, obj, objtype=None):
        print("Noisy get", obj is None)
        if obj is None:
            return self
        return super().__get__(obj, objtype)

class D:
    @Noisy
    def w(self):
        return "w!"
print(D().w)
print(type(D.w).__name__)

class cached(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name in obj.__dict__:
            return obj.__dict__[name]
        v = self.fget(obj)
        obj.__dict__[name] = v
        return v

class E:
    n = 0
    @cached
    def val(self):
        E.n += 1
        return E.n * 10
e = E()
print(e.val, e.val, E.n)

class cm(classmethod):
    def __get__(self, obj, owner=None):
        print("cm get")
        return super().__get__(obj, owner)

class sm(staticmethod):
    pass

class F:
    @cm
    def f(cls):
        return cls.__name__
    @sm
    def g(x):
        return x + 1
print(F.f(), F().f(), F.g(1), F().g(2))
print(type(F.__dict__['g']).__name__, F.__dict__['g'].__func__.__name__)
print(isinstance(F.__dict__['f'], classmethod))
class myprop(property):
    "my doc"
print(myprop.__doc__)
q = myprop(lambda s: 1)
print(q.__doc__)
def getter(self):
    "getter doc"
    return 1
q = myprop(getter)
print(q.__doc__)
print(repr(plain.__name__), plain.__qualname__)


class Named(property):
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        super().__set_name__(owner, name)


class H:
    @Named
    def ro(self):
        return 1


try:
    H().ro = 2
except AttributeError as e:
    print("AttributeError", e)


class sm2(staticmethod):
    def __init__(self, f):
        print("sm2 init", f.__name__)
        super().__init__(f)


class J:
    @sm2
    def twice(x):
        return 2 * x


print(J.twice(4), J().twice(5))
try:
    sm2()
except TypeError as e:
    print("TypeError", e)
try:
    classmethod(len, x=1)
except TypeError as e:
    print("TypeError", e)
try:
    plain(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError", e)


class Base:
    @property
    def v(self):
        return "base"


class Derived(Base):
    @Base.v.getter
    def v(self):
        return "derived " + super().v


print(Derived().v)
