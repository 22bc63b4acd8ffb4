# _remake_class's bases argument (make_dataclass's class): the bases are
# checked as a script's class statement checks them, so they cannot make a
# metaclass (type or a metaclass among them), pass a final type, a
# non-class or conflicting layouts, nor bring in a metaclass.
import abc
import dataclasses


class Plain:
    pass


class WithAbc(abc.ABC):
    pass


for bases in [(type,), (abc.ABCMeta,), (bool,), (5,), (int, str), (WithAbc,), [int]]:
    try:
        made = dataclasses._remake_class(Plain, {}, bases)
        print("made", made.__name__)
    except TypeError as e:
        print(e)
try:
    dataclasses._remake_class(WithAbc, {}, (int,))
except TypeError as e:
    print(e)
Made = dataclasses._remake_class(Plain, {'x': 1}, (int,))
print(Made.__name__, Made.x, issubclass(Made, int), Made(7) + 1)
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
# expect-output: type 'bool' is not an acceptable base type
# expect-output: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect-output: multiple bases have instance lay-out conflict
# expect-output: _remake_class() takes other bases only for classes of type 'type'
# expect-output: _remake_class() argument 3 must be tuple, not list
# expect-output: _remake_class() takes other bases only for classes of type 'type'
# expect-output: Plain 1 True 8
