class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Point:
    x = Typed(int)
    y = Typed(float)
p = Point()
print(p.x)
p.x = 3
p.y = 2.5
print(p.x, p.y, Point.x.name, Point.y.owner)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)
print(type(Point.__dict__["x"]).__name__)
