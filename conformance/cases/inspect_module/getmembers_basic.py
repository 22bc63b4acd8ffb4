import inspect

class Shape:
    sides = 0
    color = "red"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def unit():
        return 1

s = Shape("sq")
print([n for n, _ in inspect.getmembers(s) if not n.startswith("__")])
print([(n, v) for n, v in inspect.getmembers(s) if n in ("sides", "color", "name", "label")])
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(s, inspect.ismethod)])
print([n for n, v in inspect.getmembers(Shape) if isinstance(v, property)])
