class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("y",)
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class D:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class E(A):
    __slots__ = ("y", "__dict__")
e = E(); e.x = 1; e.y = 2; e.z = 3
print(e.x, e.y, e.z, e.__dict__)
try:
    A().x
except AttributeError as err:
    print(err)
class F(A):
    pass
f = F(); f.q = 1; print(f.__dict__)
try:
    class G(int):
        __slots__ = ("a",)
except TypeError as err:
    print(err)
class H(tuple):
    __slots__ = ()
    @property
    def first(self): return self[0]
print(H((5, 6)).first, H([1]))
try:
    class I(list, dict): pass
except TypeError as err:
    print(err)
try:
    class J(int, str): pass
except TypeError as err:
    print(err)
try:
    class K(bool): pass
except TypeError as err:
    print(err)
class S:
    __slots__ = "single"
s = S(); s.single = 1; print(s.single, S.__slots__)
try:
    class Bad:
        __slots__ = ("a", "a")
    print("dup ok")
except Exception as err:
    print(type(err).__name__, err)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as err:
    print(err)
try:
    class Bad3:
        __slots__ = ("1x",)
except TypeError as err:
    print(err)
class Base:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
class Derived(Base):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__(); self.b = 2
d = Derived()
print(d.a, d.b, hasattr(d, "__dict__"), Derived.a, type(Derived.b).__name__)
del d.a
try:
    d.a
except AttributeError as err:
    print(err)
try:
    del d.a
except AttributeError as err:
    print(err)
