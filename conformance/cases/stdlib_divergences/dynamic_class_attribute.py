# types.DynamicClassAttribute: a property on instances that raises
# AttributeError on the class, so the class's __getattr__ answers there.
import types


class Meta:
    pass


class Shape:
    def __init__(self, sides):
        self._sides = sides

    @types.DynamicClassAttribute
    def sides(self):
        """How many sides."""
        return self._sides

    @sides.setter
    def sides(self, value):
        self._sides = value

    @types.DynamicClassAttribute
    def name(self):
        return 'shape'


s = Shape(3)
print(s.sides, s.name)
s.sides = 4
print(s.sides)
for attempt in (lambda: Shape.sides, lambda: Shape.name, lambda: setattr(s, 'name', 'x'),
                lambda: delattr(s, 'sides')):
    try:
        print(attempt())
    except AttributeError as e:
        print('AttributeError', repr(e.args))
d = Shape.__dict__['sides']
print(type(d).__name__, d.__doc__, d.overwrite_doc, d.__isabstractmethod__)
print(Shape.__dict__['name'].__doc__)
g = d.getter(lambda self: 99)
print(g.__doc__, g.fset is d.fset, g.__get__(s), g.overwrite_doc)
x = types.DynamicClassAttribute(None, None, None, 'given')
print(x.__doc__, x.overwrite_doc)
try:
    x.__get__(s)
except AttributeError as e:
    print('AttributeError', e)
try:
    types.DynamicClassAttribute()
except AttributeError as e:
    print('AttributeError', e)
print('DynamicClassAttribute' in types.__all__)
