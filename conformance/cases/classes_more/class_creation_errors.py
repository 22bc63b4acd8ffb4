class D:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class C:
        x = D()
except Exception as e: print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class B:
    def __init_subclass__(cls):
        raise TypeError(f"no subclassing {cls.__name__}")
try:
    class S(B): pass
except TypeError as e: print(e)
try:
    class Y(int, str): pass
except TypeError as e: print(e)
try:
    class Z(object, object): pass
except TypeError as e: print(e)
try:
    class W(bool): pass
except TypeError as e: print(e)
class Base1: pass
class Base2: pass
class M(Base1, Base2): pass
print(isinstance(M(), Base2))
try:
    class Body:
        raise KeyError("in body")
except KeyError as e: print("body", e)
class Counter:
    n = 0
    for i in range(3): n += i
    del i
    sq = [j * j for j in range(3)]
print(Counter.n, Counter.sq)
try:
    class Cmp:
        base = 10
        vals = [base + k for k in range(2)]
except NameError as e: print(e)
class NewOnly:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(NewOnly(1, 2).args)
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("init not called")
print(NewReturnsOther())
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self): print("init called")
print(Singleton() is Singleton())
class NewArgs:
    def __init__(self, a): self.a = a
try: object.__new__(NewArgs, 1)
except TypeError as e: print(e)
print(object.__new__(NewArgs).__class__.__name__)
class InitReturn:
    def __init__(self): return 1
try: InitReturn()
except TypeError as e: print(e)
