# A descriptor with __set__ (or __delete__) but no __get__ is a data
# descriptor for assignment, yet reading the attribute finds the instance
# dict's entry first, and the descriptor itself when there is none.
class Recorder:
    def __init__(self, key):
        self.key = key
        self.log = []

    def __set__(self, obj, value):
        self.log.append(("set", value))
        obj.__dict__[self.key] = value * 10

    def __repr__(self):
        return "Recorder(%r)" % self.key


class Deleter:
    def __delete__(self, obj):
        print("delete called")


class Point:
    x = Recorder("x")
    gone = Deleter()


p = Point()
print(p.x)
p.x = 4
print(p.x, Point.x.log)
p.__dict__["x"] = 7
print(p.x)
del p.__dict__["x"]
print(p.x, getattr(p, "x"), hasattr(p, "x"))
print(p.gone is Point.__dict__["gone"])
del p.gone
p.__dict__["gone"] = "shadow"
print(p.gone)


class Full(Recorder):
    def __get__(self, obj, owner=None):
        return "from __get__"


class Box:
    y = Full("y")


b = Box()
b.y = 1
print(b.y, b.__dict__)
