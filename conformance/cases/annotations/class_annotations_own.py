# A class's __annotations__ is its own (an empty dict, kept, when it has
# none), never a base's; instances see it through the class; built-in
# types have none.
class A:
    attr: int
    other: "str" = "x"
class B(A):
    pass
class C(A):
    attr: str
class D:
    pass
for k in (A, B, C, D):
    print(k.__name__, k.__annotations__)
print(B.__annotations__ is B.__annotations__)
print(A().__annotations__, B().__annotations__)
def fields(*classes):
    out = {}
    for klass in classes:
        out.update(klass.__annotations__)
    return out
print(fields(A, C))
def record(cls):
    names = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(names):
            raise TypeError(f"{cls.__name__} expects {len(names)} values, got {len(args)}")
        for n, v in zip(names, args):
            setattr(self, n, v)
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls
@record
class Point:
    x: int
    y: int
@record
class Empty:
    pass
print(Point(1, 2), Empty())
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
for t in (int, list):
    try:
        t.__annotations__
    except AttributeError as e:
        print("AttributeError", e)
D.__annotations__["late"] = float
print(D.__annotations__)
