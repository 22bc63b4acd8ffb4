# The functional TypedDict form takes its fields as any dict() argument:
# a mapping or a sequence of (name, type) pairs.
from typing import TypedDict, get_type_hints

Label = TypedDict('Label', [('label', str), ('count', int)])
print(Label.__name__, Label.__annotations__, sorted(Label.__required_keys__))
print(Label(label='x', count=1))
Point = TypedDict('Point', (('x', int), ('y', 'float')), total=False)
print(get_type_hints(Point), sorted(Point.__optional_keys__))
try:
    TypedDict('Bad', [('a', 1)])
except TypeError as e:
    print("TypeError", e)
try:
    TypedDict('Bad', [1, 2])
except TypeError as e:
    print("TypeError", e)
