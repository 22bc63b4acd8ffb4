from typing import NamedTuple, Optional, final, no_type_check, get_type_hints
import typing
P = NamedTuple("P", [("x", int), ("y", "float")])
Q = NamedTuple("Q", a=str, b=Optional[int])
E = NamedTuple("E", [])
print(P(1, 2.0), P.__annotations__, P.__module__, P.__new__.__annotations__, Q.__annotations__, Q("s", None), E(), E._fields)
print(get_type_hints(P), P._field_defaults, P.__name__, P.__qualname__)
for bad in [lambda: NamedTuple("B", [("x", int)], y=str), lambda: NamedTuple("B", [("x", 5)]), lambda: NamedTuple("B", [("1x", int)]), lambda: NamedTuple("B", [("x", int), ("x", str)])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
@final
def f(): pass
@final
class C:
    @final
    def m(self): pass
    @final
    @classmethod
    def cm(cls): pass
print(f.__final__, C.__final__, C.m.__final__, getattr(final(3), "__final__", "no attr on int"))
@no_type_check
class NT:
    a: "nope"
    def meth(self, x: "undefined") -> "also": return x
    class Inner:
        def deep(self, y: "z"): return y
    @staticmethod
    def st(q: "w"): return q
print(get_type_hints(NT), get_type_hints(NT.meth), NT.meth.__no_type_check__, NT.Inner.__no_type_check__, NT.Inner.deep.__no_type_check__, NT.__no_type_check__)
print(getattr(NT.st, "__no_type_check__", "unmarked"))
try:
    get_type_hints(NT.st)
except NameError as e:
    print("NameError", e)
