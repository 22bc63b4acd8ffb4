# f(*x) and f(**m) errors name the callable as CPython does: module and
# qualified name for functions, methods and classes, the owner for built-in
# methods, str() of anything else.
def f(*a, **k):
    pass


class Shape:
    def area(self, *a, **k):
        pass

    @classmethod
    def make(cls, *a, **k):
        pass

    @staticmethod
    def helper(*a, **k):
        pass

    class Inner:
        def go(self, *a, **k):
            pass


import math

callables = [f, Shape().area, Shape.area, Shape.make, Shape.helper, Shape.Inner().go,
             Shape, Shape.Inner, print, len, math.sqrt, "-".join, [].append, str.upper,
             int, dict, None, 5, "text", lambda *a: 0]
for fn in callables:
    for attempt in (lambda: fn(*None), lambda: fn(**7), lambda: fn(1, *3.5),
                    lambda: fn(**{"a": 1}, **{"a": 2}), lambda: fn(a=1, **{"a": 2})):
        try:
            attempt()
        except TypeError as e:
            print(e)
