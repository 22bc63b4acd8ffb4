# Library functions that build classes from a script's data, as outside
# corpora use them to get a class with a chosen metaclass, base or
# namespace: dataclasses.make_dataclass (bases=(type,), a namespace with
# hooks), collections.namedtuple with dunder or keyword field names and a
# module= pointing elsewhere, typing.NamedTuple / TypedDict functional
# forms, enum's functional API with `type` mixed in, and a class decorator
# that rebuilds its class through type(cls)(...).
import dataclasses, collections, typing, enum


def rebuild(cls):
    return type(cls)(cls.__name__, (cls,), {})


attempts = [
    lambda: dataclasses.make_dataclass('M', ['a'], bases=(type,)),
    lambda: dataclasses.make_dataclass('N', ['a'], namespace={'__class_getitem__': print})[1],
    lambda: dataclasses.make_dataclass('O', [('__class__', int)]),
    lambda: collections.namedtuple('P', ['__class__', 'x']),
    lambda: collections.namedtuple('P', ['x', 'import']),
    lambda: collections.namedtuple('P', 'x y', module='os').__module__,
    lambda: collections.namedtuple('P', ['x']).__new__.__globals__,
    lambda: typing.NamedTuple('Q', [('a', int)])._fields,
    lambda: typing.NamedTuple('Q', [('_a', int)]),
    lambda: enum.Enum('S', 'A B', type=type),
    lambda: rebuild(type('X', (), {})),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


@rebuild
class Y:
    pass
# expect-output: TypeError subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: 1
# expect-output: gave None
# expect-output: gave <class 'types.O'>
# expect-output: ValueError Field names cannot start with an underscore: '__class__'
# expect-output: ValueError Type names and field names cannot be a keyword: 'import'
# expect-output: gave os
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: gave ('a',)
# expect-output: ValueError Field names cannot start with an underscore: '_a'
# expect-output: TypeError subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect: TypeError: type() with three arguments is not available in the sandbox
