# Class factories given field names a class statement could never bind:
# namedtuple, typing.NamedTuple, TypedDict, Enum's functional API and
# make_dataclass with '__class__', '__globals__', '__dict__', keywords and
# non-identifiers. A factory either refuses the name as CPython does or
# stores it as plain data; a field named like a refused dunder reads back
# as the field, and the class's real internals stay refused.
# expect-output: namedtuple __class__ ValueError Field names cannot start with an underscore: '__class__'
# expect-output: namedtuple rename -> ('_0', '_1', '_2', '_3')
# expect-output: NamedTuple dunder ValueError Field names cannot start with an underscore: '__globals__'
# expect-output: TypedDict keys -> ['__class__', 'a b', 'for']
# expect-output: Enum odd names -> ['__globals__x', 'mro_', 'for']
# expect-output: Enum dunder member -> <enum 'E'>
# expect-output: Enum mro name ValueError invalid enum member name(s) 'mro'
# expect-output: Enum _missing_ name -> []
# expect-output: dataclass dunder fields -> (1, 2)
# expect-output: dataclass init globals AttributeError '__globals__' is not available in the sandbox
# expect-output: dataclass keyword TypeError Field names must not be keywords: 'for'
# expect-output: dataclass non-identifier TypeError Field names must be valid identifiers: 'a b'
# expect-output: dataclass __class__ field TypeError __class__ must be set to a class, not 'int' object
# expect-output: dataclass __dict__ field ValueError mutable default <class 'mappingproxy'> for field __dict__ is not allowed: use default_factory
# expect-output: dataclass name keyword -> class
import collections
import dataclasses
import enum
import typing


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("namedtuple __class__", lambda: collections.namedtuple("N", ["__class__"]))
attempt("namedtuple rename", lambda: collections.namedtuple("N", ["__globals__", "for", "1x", "a b"], rename=True)._fields)
attempt("NamedTuple dunder", lambda: typing.NamedTuple("N", [("__globals__", int)]))
attempt("TypedDict keys", lambda: sorted(typing.TypedDict("T", {"__class__": int, "for": str, "a b": int}).__annotations__))
E = enum.Enum("E", ["__globals__x", "mro_", "for"])
attempt("Enum odd names", lambda: [m.name for m in E])
attempt("Enum dunder member", lambda: enum.Enum("E", ["__class__"]))
attempt("Enum mro name", lambda: enum.Enum("E", ["mro"]))
attempt("Enum _missing_ name", lambda: list(enum.Enum("E", {"_missing_": 1})))
D = dataclasses.make_dataclass("D", [("__globals__", int), ("__code__", int)])
d = D(1, 2)
attempt("dataclass dunder fields", lambda: (d.__globals__, d.__code__))
attempt("dataclass init globals", lambda: D.__init__.__globals__)
attempt("dataclass keyword", lambda: dataclasses.make_dataclass("D", ["for"]))
attempt("dataclass non-identifier", lambda: dataclasses.make_dataclass("D", ["a b"]))
attempt("dataclass __class__ field", lambda: type(dataclasses.make_dataclass("D", ["__class__"])(5)).__name__)
attempt("dataclass __dict__ field", lambda: dataclasses.make_dataclass("D", ["__dict__"])(5).__dict__)
attempt("dataclass name keyword", lambda: dataclasses.make_dataclass("class", ["a"]).__name__)
