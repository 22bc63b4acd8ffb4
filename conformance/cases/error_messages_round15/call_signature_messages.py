# The TypeError texts of wrong calls, for functions, methods, lambdas and
# classes with every kind of parameter.
class Shape:
    def __init__(self, w, h, *, unit="cm"):
        self.w = w

    def scale(self, factor, /, *, around=None):
        return factor

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def parse(text, sep=","):
        return text


calls = [
    lambda: Shape(1),
    lambda: Shape(1, 2, 3),
    lambda: Shape(1, 2, units="m"),
    lambda: Shape(1, 2, w=3),
    lambda: Shape(1, 2).scale(factor=2),
    lambda: Shape(1, 2).scale(1, 2),
    lambda: Shape(1, 2).scale(),
    lambda: Shape.square(),
    lambda: Shape.square(1, 2),
    lambda: Shape.parse(),
    lambda: Shape.parse("a", ",", 3),
    lambda: Shape.scale(2),
    lambda: (lambda x, y=1, *, z: 0)(1, 2, 3),
    lambda: (lambda x, y=1, *, z, w: 0)(1),
    lambda: (lambda *, a, b, c: 0)(b=1),
    lambda: (lambda a, b, /, c: 0)(1, b=2, c=3),
    lambda: (lambda a, /, **kw: 0)(),
    lambda: (lambda **kw: 0)(1),
    lambda: (lambda *args: 0)(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
