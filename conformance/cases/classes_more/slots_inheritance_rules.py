class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
class C(B):
    pass
b = B(); b.x = 1; b.y = 2
print(b.x, b.y)
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError", e)
c = C(); c.z = 3; print(c.z, c.__dict__)
try:
    A().x
except AttributeError as e:
    print("AttributeError", e)
try:
    class D:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
class E:
    __slots__ = ("a", "__dict__")
e = E(); e.a = 1; e.b = 2; print(e.a, e.__dict__)
class F:
    __slots__ = "single"
f = F(); f.single = 1; print(f.single, F.__slots__)
try:
    class G:
        __slots__ = ("1bad",)
except TypeError as e:
    print("TypeError", e)
try:
    class H:
        __slots__ = ("a", "a")
    print("dup ok")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class I:
    __slots__ = ()
try:
    I().q = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(A.__dict__["x"]).__name__, A.x.__name__ if hasattr(A.x, "__name__") else "")
class J:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return f"J({self.v})"
    def __eq__(self, o): return self.v == o.v
print(J(1), J(1) == J(1), [J(2)])
del b.x
try:
    print(b.x)
except AttributeError as e:
    print("AttributeError", e)
try:
    del b.x
except AttributeError as e:
    print("AttributeError", e)
class K:
    __slots__ = ["p", "q"]
    def __init__(self): self.p = 1
k = K()
print(hasattr(k, "p"), hasattr(k, "q"), getattr(k, "q", "unset"))
try:
    class L(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
class M(tuple):
    __slots__ = ()
print(M((1, 2)))
class P:
    __slots__ = ("__private",)
    def __init__(self): self.__private = 5
    def get(self): return self.__private
print(P().get(), sorted(P.__slots__))
