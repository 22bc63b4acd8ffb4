class A:
    __slots__ = ("x",)
class B(A):
    pass
class C(A):
    __slots__ = ("y",)
b = B(); b.x = 1; b.z = 2
print(b.x, b.z, sorted(vars(b)))
c = C(); c.x = 1; c.y = 2
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(C().y)
except AttributeError as e:
    print("AttributeError", e)
print(C.__slots__, A.__slots__)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2
print(d.a, d.__dict__)
class E:
    __slots__ = "single"
e = E(); e.single = 5; print(e.single, E.__slots__)
try:
    del e.single
    del e.single
except AttributeError as ex:
    print("AttributeError", ex)
