class Singleton:
    _inst = None
    def __new__(cls, *args, **kwargs):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), hash(p) == hash((3, 4)))
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
class NotInit:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotInit())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
class Args:
    def __init__(self): pass
try:
    Args(1)
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
