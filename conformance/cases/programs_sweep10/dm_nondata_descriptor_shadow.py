class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.attr)
        val = self.fn(obj)
        setattr(obj, self.attr, val)
        return val
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        "area of circle"
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area)
print(c.area)
print(Circle.area.__doc__)
del c.area
print(c.area)
