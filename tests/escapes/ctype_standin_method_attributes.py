# A C-type stand-in's methods are Python functions of moat's modules, where
# CPython has C methods (method_descriptor, wrapper_descriptor) with no
# __defaults__ and no writable attributes. If a script could set
# Decimal.__add__.__defaults__ or deque.append.__kwdefaults__, it would
# change how the type behaves for every other caller, and reading them
# would hand out the module's private default objects. Every route must
# be refused: attribute, setattr, object.__setattr__, the function type's
# getset descriptors, through a bound method's __func__.
import collections
import datetime
import decimal
import types

f = decimal.Decimal.__add__
routes = [
    ("defaults", lambda: f.__defaults__),
    ("set defaults", lambda: setattr(f, "__defaults__", (1,))),
    ("object.__setattr__", lambda: object.__setattr__(f, "__defaults__", (1,))),
    ("descriptor set", lambda: types.FunctionType.__defaults__.__set__(f, (1,))),
    ("descriptor get", lambda: types.FunctionType.__defaults__.__get__(f)),
    ("kwdefaults", lambda: decimal.Decimal.quantize.__kwdefaults__),
    ("annotations", lambda: decimal.Decimal.quantize.__annotations__),
    ("set kwdefaults", lambda: setattr(decimal.Decimal.quantize, "__kwdefaults__", {})),
    ("set doc", lambda: setattr(collections.deque.append, "__doc__", "x")),
    ("set name", lambda: setattr(collections.deque.append, "__name__", "x")),
    ("dict", lambda: collections.deque.append.__dict__),
    ("set attr", lambda: setattr(collections.deque.append, "x", 1)),
    ("bound __func__", lambda: decimal.Decimal(1).quantize.__func__.__defaults__),
    ("classmethod", lambda: setattr(decimal.Decimal.from_float.__func__, "__defaults__", ())),
    ("property getter", lambda: setattr(datetime.date.year.fget, "__defaults__", ())),
]
for label, op in routes:
    try:
        print(label, "reached", op())
    except AttributeError:
        print(label, "AttributeError")
print(decimal.Decimal(1) + 2, decimal.Decimal("1.25").quantize(decimal.Decimal("0.1")),
      collections.deque.append.__name__)
# expect-output: defaults AttributeError
# expect-output: set defaults AttributeError
# expect-output: object.__setattr__ AttributeError
# expect-output: descriptor set AttributeError
# expect-output: descriptor get AttributeError
# expect-output: kwdefaults AttributeError
# expect-output: annotations AttributeError
# expect-output: set kwdefaults AttributeError
# expect-output: set doc AttributeError
# expect-output: set name AttributeError
# expect-output: dict AttributeError
# expect-output: set attr AttributeError
# expect-output: bound __func__ AttributeError
# expect-output: classmethod AttributeError
# expect-output: property getter AttributeError
# expect-output: 3 1.2 append
