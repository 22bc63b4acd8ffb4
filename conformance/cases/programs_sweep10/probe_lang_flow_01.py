class A:
    def __init__(self): self.x = 1
    def __repr__(self): return "A()"
print(A().__dict__, A.__name__, A.__qualname__, A.__module__, A.__doc__, type(A()).__name__, A().__class__.__name__)
class A:
    "doc"
    class B:
        def m(self): pass
print(A.B.__qualname__, A.B.m.__qualname__, A.__doc__, A.B.m.__module__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__name__, outer().__name__)
class E(Exception): pass
try:
    raise E("a", 1)
except E as e:
    print(e.args, str(e), repr(e), e.__class__.__name__, isinstance(e, Exception))
e = KeyError("k"); print(str(e), repr(e), str(KeyError()), str(KeyError("a", "b")), str(IndexError("x")))
print(repr(OSError(2, "No such file")), str(OSError(2, "nf")), OSError(2, "nf").errno, str(OSError(2, "nf", "fn")))
