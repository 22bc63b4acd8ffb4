from functools import singledispatch, singledispatchmethod
from collections import OrderedDict


@singledispatch
def to_json(obj):
    raise TypeError(f"cannot serialize {type(obj).__name__}")


@to_json.register
def _(obj: str):
    return '"' + obj.replace('"', '\\"') + '"'


@to_json.register(int)
@to_json.register(float)
def _(obj):
    return repr(obj)


@to_json.register
def _(obj: bool):
    return "true" if obj else "false"


@to_json.register(type(None))
def _(obj):
    return "null"


@to_json.register
def _(obj: list | tuple):
    return "[" + ", ".join(to_json(x) for x in obj) + "]"


@to_json.register(dict)
def _(obj):
    return "{" + ", ".join(f"{to_json(k)}: {to_json(v)}" for k, v in obj.items()) + "}"


print(to_json({"a": [1, 2.5, True, None], "b": ("x", 'q"q')}))
print(to_json(OrderedDict(z=1)))
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    to_json()
except TypeError as e:
    print("TypeError:", e)
print(to_json.dispatch(bool)(False), to_json.dispatch(OrderedDict) is to_json.dispatch(dict))
print(sorted(k.__name__ for k in to_json.registry), to_json.__name__)
try:
    to_json.register(3)
except TypeError as e:
    print("TypeError:", e)


class Shape:
    pass


class Square(Shape):
    pass


class Tiny(Square):
    pass


@singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: Shape):
    return "shape"


print(describe(Tiny()), describe(Shape()), describe(3))


@describe.register
def _(x: Square):
    return "square"


print(describe(Tiny()), describe(Shape()))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg:+d}"

    @fmt.register(list)
    def _(self, arg):
        return "list " + ",".join(self.fmt(a) for a in arg)


f = Formatter()
print(f.fmt(5), f.fmt("s"), f.fmt([1, "x"]))
