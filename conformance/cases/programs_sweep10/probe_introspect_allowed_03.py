class A:
    def __str__(self): return "strA"
print(repr(A())[:10], str(A()), [A()][0], f"{A()!s}")
print(type.__name__, type(int).__name__, type(A := 1) if False else "", isinstance(int, type), isinstance(type, object), issubclass(type, object))
class A: pass
print(A.__name__, A.__qualname__); A.__name__ = "B"; A.__qualname__ = "Q.B"; print(A.__name__, A.__qualname__, A)
import functools
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def target(x):
    "target doc"
    return x
print(target.__name__, target.__doc__, target.__wrapped__(5), target.__qualname__)
