# The wrapper lru_cache and cache make is CPython's functools._lru_cache_wrapper:
# its type, repr, attribute dict, copying, pickling hook, descriptor binding
# and constructor.
import copy
import functools
import re
import types


def strip(text):
    return re.sub(r' at 0x[0-9a-f]+', '', text)


@functools.lru_cache
def square(x):
    "Square x."
    return x * x


T = type(square)
print(T, T.__name__, T.__qualname__, T.__module__)
print(strip(repr(square)), strip(str(square)))
print(isinstance(square, types.FunctionType), callable(square), T is functools._lru_cache_wrapper)
print(sorted(square.__dict__))
print(square.__name__, square.__qualname__, square.__doc__, square.__module__)
print(square.__wrapped__(5), square.__wrapped__.__name__, square.__annotations__)
print(square.__reduce__(), copy.copy(square) is square, copy.deepcopy(square) is square)
print(square.__copy__() is square, square.__deepcopy__({}) is square)
print(square(3), square(3), square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())
print(square == square, square != square, hash(square) == hash(square))

square.note = "set by the script"
print(square.note, square.__dict__["note"])
del square.note
print(hasattr(square, "note"), hasattr(square, "missing"))
try:
    square.missing
except AttributeError as e:
    print("AttributeError", e)
for bad in (3, None):
    try:
        square.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del square.__dict__
except TypeError as e:
    print("TypeError", e)
square.__dict__ = {"__name__": "renamed"}
print(square.__name__, square(4), sorted(square.__dict__))

class Shape:
    def __init__(self, side):
        self.side = side

    @functools.lru_cache(maxsize=None)
    def area(self):
        "The area."
        return self.side ** 2

    def __repr__(self):
        return "Shape(%d)" % self.side


try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    T.__get__(square, None)
except TypeError as e:
    print("TypeError", e)
print(T.__get__(square, None, int) is square, square.__get__(None, Shape) is square)
print(strip(repr(T.__get__(square, 7))), T.__get__(square, 7).__func__ is square)


s = Shape(3)
print(s.area(), s.area(), Shape.area.cache_info())
print(strip(repr(s.area)), s.area.__func__ is Shape.area)
print(Shape.area is Shape.__dict__["area"], Shape.area(s), Shape.area.__doc__)
bound = s.area
print(bound(), type(bound).__name__)

for args in [(), (len,), (1, 2, 3, 4), (len, "x", False, None), (len, 2 ** 70, False, None),
             (len, 1.5, False, None)]:
    try:
        w = T(*args)
        print("made", w.cache_info())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
w = T(len, -1, False, functools._CacheInfo)
print(w("abc"), w("abc"), w.cache_info())
w = T(len, True, "yes", lambda *a: a)
print(w("ab"), w("ab"), w("abc"), w.cache_info())
w = T(len, 2, 0, None)
try:
    w.cache_info()
except TypeError as e:
    print("TypeError", e)
w = T(user_function=abs, maxsize=None, typed=False, cache_info_type=lambda *a: list(a))
print(w(-3), w(-3), w.cache_info())
try:
    square.cache_info(1)
except TypeError as e:
    print("TypeError", e)
