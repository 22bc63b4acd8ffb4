class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(P.x)
print(type(P.x).__name__)
class Q(P):
    pass
q = Q(2)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = "w"
r = R(3)
r.w = 4
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = ["a", "__dict__"]
s = S()
s.a = 1
s.b = 2
print(s.__dict__)
try:
    class T:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class U:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class V:
        __slots__ = ("a b",)
except TypeError as e:
    print("TypeError:", e)
class W:
    __slots__ = ()
try:
    W().a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__, R.__slots__)
class X:
    __slots__ = ("val",)
    @property
    def double(self):
        return self.val * 2
x = X(); x.val = 21; print(x.double)
try:
    class Y(P):
        __slots__ = ("x",)
    print("Y ok")
except Exception as e:
    print(type(e).__name__, e)
class Z:
    __slots__ = ("__private",)
    def set(self): self.__private = 1; return self.__private
print(Z().set())
try:
    class D:
        __slots__ = ("a", "a")
except Exception as e:
    print(type(e).__name__, e)
