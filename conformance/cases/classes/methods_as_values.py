class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n


c = Counter()
f = c.inc
f()
f(5)
print(c.n, f.__name__, f.__qualname__, Counter.inc.__name__, Counter.inc.__qualname__)
print(c.inc == c.inc, c.inc is c.inc, c.inc == Counter().inc)
ops = [c.inc, c.inc, lambda: c.inc(10)]
print([op() for op in ops])
print(list(map(Counter.inc, [Counter(), Counter()])))
print(sorted([3, 1, 2], key=Counter().inc if False else None))


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Square(2), Circle(1), Square(1.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(max(shapes, key=Shape.area).describe())
