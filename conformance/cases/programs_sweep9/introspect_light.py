class A:
    "doc A"
    x = 1
    def m(self): pass
    @property
    def p(self): return 1
class B(A):
    __slots__ = ()
print(dir(A()))
print([n for n in dir(B) if not n.startswith("__")], sorted(vars(A))[:5], list(A.__dict__)[:4], type(A.__dict__).__name__)
print(A.__doc__, B.__doc__, A.__name__, A.__qualname__, A.__module__, A.m.__qualname__, A().m.__name__, A.m.__module__)
def outer():
    def inner(a, b=2, *args, c=3, **kw): "inner doc"
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__annotations__, f.__dict__)
f.attr = 5
print(f.attr, vars(f), callable(f), (lambda: 0).__name__, (lambda: 0).__qualname__)
import math, json
print([n for n in dir(math) if not n.startswith("_")][:12], math.__name__, json.__name__, type(math).__name__)
print(len(dir(object())), dir([])[-5:], dir(1)[-5:], "__init_subclass__" in dir(A), "__weakref__" in dir(A()), "__dict__" in dir(B()))
print(A.__dict__["x"], vars(A())  , A().__dict__, B.__slots__, hasattr(B(), "__dict__"), A.__bases__ if False else "")
print(A.__init__ is object.__init__, A.__repr__ is object.__repr__, A.__str__ is object.__str__, A.__eq__, A.__hash__ is object.__hash__)
print(type(A.m), type(A().m), type(A.p), A.p.fget.__name__, A.__class__, type(A), type(type), type(object), isinstance(A, type))
