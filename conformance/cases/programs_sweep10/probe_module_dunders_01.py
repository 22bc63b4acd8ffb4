"""Module docstring."""
print(__doc__)
print(__package__)
def f(a, b=2, *, c=3): return a, b, c
f.__defaults__ = (20,); f.__kwdefaults__ = {"c": 30}; print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None; 
try: f()
except TypeError as e: print(e)
class A:
    "class doc"
    def m(self):
        "method doc"
class B(A):
    def m(self): pass
print(A.__doc__, B.__doc__, A.m.__doc__, B.m.__doc__, A().m.__doc__, A.__module__, A.m.__module__)
class A:
    def f(self): return 1
print(A.__dict__["f"](None), type(A.__dict__["f"]).__name__, A.__dict__["f"].__get__(A(), A)(), A.f.__get__(A())())
x = 5
def f(): return x
print(f.__module__, f.__name__, type(f).__name__, repr(f.__defaults__))
