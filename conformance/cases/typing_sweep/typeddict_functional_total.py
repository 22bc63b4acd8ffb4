# Functional TypedDict and its errors.
from typing import TypedDict
Point = TypedDict("Point", {"x": int, "y": int})
Opt = TypedDict("Opt", {"a": int}, total=False)
print(Point(x=1, y=2), Point.__annotations__, Point.__total__)
print(sorted(Opt.__optional_keys__))
Kw = TypedDict("Kw", {"class": str, "from": int})
print(Kw.__annotations__)
try:
    class Bad(TypedDict, int): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(TypedDict):
        def method(self): pass
    print("made", Bad2.__name__)
except TypeError as e:
    print("TypeError", e)
