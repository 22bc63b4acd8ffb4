class Singleton:
    _inst = None
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
for args, kw in [((1,), {}), ((), {"a": 1})]:
    try:
        NoInit(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(3).x)
class OnlyInit:
    def __init__(self, x):
        self.x = x
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ with extra ok")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().__init__(1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(OnlyInit):
    def __new__(cls, *a):
        print("Sub new", a)
        return super().__new__(cls)
print(Sub(9).x)
class IntLike(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        print("IntLike init", v, int(self))
print(IntLike(5) + 1)
class StrLike(str):
    def __new__(cls, v, suffix="!"):
        return super().__new__(cls, v + suffix)
print(StrLike("hi"), StrLike("a", suffix="?"), type(StrLike("x")).__name__)
class TupleLike(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t = TupleLike(1, 2, 3)
print(t, len(t), type(t).__name__, t + (4,))
class Called:
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.__init__(*args) if False else None
        return self
    def __init__(self, *args):
        print("init args", args)
Called(1, 2)
class NewBad:
    def __new__(cls):
        raise RuntimeError("new failed")
NewBad()
