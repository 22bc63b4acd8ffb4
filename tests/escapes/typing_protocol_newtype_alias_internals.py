# typing's runtime helpers walk classes and hold callables: a runtime
# Protocol check reads a class's attributes (CPython walks __mro__ and
# each base's __dict__), NewType keeps its supertype and makes a
# subclass-refusing base in __mro_entries__, Annotated keeps arbitrary
# metadata, ParamSpec.args/.kwargs keep their origin, TypedDict and
# NamedTuple take hostile field names, and generic aliases forward
# attribute reads to their origin class (List[int].mro, __subclasses__,
# __base__). String annotations that name typing's own natives resolve to
# them, and those natives answer only what a script could name itself.
# None of it may reach the class graph, a function's globals or a
# module's internals.
# expect-output: isinstance(Has(), Proto) -> True
# expect-output: isinstance(Raises(), Proto) RuntimeError: probe meth
# expect-output: issubclass(Has, Proto) -> True
# expect-output: Proto._is_protocol -> True
# expect-output: Proto.__mro__ AttributeError: '__mro__' is not available in the sandbox
# expect-output: Proto.__subclasshook__(Has) -> True
# expect-output: NewType call -> 5
# expect-output: NewType __supertype__ -> <class 'int'>
# expect-output: NewType __call__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: Annotated metadata -> (<built-in function print>, 'x')
# expect-output: Annotated __origin__ -> <class 'int'>
# expect-output: ParamSpec.args.__origin__ -> ~P
# expect-output: ParamSpec.kwargs.__origin__ -> ~P
# expect-output: TypedDict hostile key hints -> {'__globals__': <class 'int'>, 'x': <built-in function print>}
# expect-output: NamedTuple hint names a native -> {'a': <built-in function _module_global>}
# expect-output: List[int].mro AttributeError: 'mro' is not available in the sandbox
# expect-output: List[int].__subclasses__ AttributeError: __subclasses__
# expect-output: List[int].__base__ AttributeError: __base__
# expect-output: List[int].__origin__ -> <class 'list'>
# expect-output: List[int] forwards append -> <method 'append' of 'list' objects>
# expect-output: annotation names typing's natives -> ['a', 'b']
# expect-output: _annotation_sources of a built-in -> []
# expect-output: _annotation_sources of Proto -> ['typing', 'typing', '__main__']
# expect-output: _caller(0) is plain data -> 'tuple'
# expect-output: _caller far up -> None
# expect-output: _module_global dunder -> None
# expect-output: _module_global of the script -> <class '__main__.Has'>
# expect-output: _lists_base of object -> False
import re
import typing


def attempt(label, fn):
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


@typing.runtime_checkable
class Proto(typing.Protocol):
    def meth(self):
        ...


class Has:
    def meth(self):
        return 1


class Raises:
    def __getattr__(self, name):
        raise RuntimeError("probe " + name)


attempt("isinstance(Has(), Proto)", lambda: isinstance(Has(), Proto))
attempt("isinstance(Raises(), Proto)", lambda: isinstance(Raises(), Proto))
attempt("issubclass(Has, Proto)", lambda: issubclass(Has, Proto))
attempt("Proto._is_protocol", lambda: Proto._is_protocol)
attempt("Proto.__mro__", lambda: Proto.__mro__)
attempt("Proto.__subclasshook__(Has)", lambda: Proto.__subclasshook__(Has))
UserId = typing.NewType("UserId", int)
attempt("NewType call", lambda: UserId(5))
attempt("NewType __supertype__", lambda: UserId.__supertype__)
attempt("NewType __call__.__globals__", lambda: UserId.__call__.__globals__)
attempt("Annotated metadata", lambda: typing.Annotated[int, print, "x"].__metadata__)
attempt("Annotated __origin__", lambda: typing.Annotated[int, print].__origin__)
P = typing.ParamSpec("P")
attempt("ParamSpec.args.__origin__", lambda: P.args.__origin__)
attempt("ParamSpec.kwargs.__origin__", lambda: P.kwargs.__origin__)
TD = typing.TypedDict("TD", {"__globals__": int, "x": "print"})
attempt("TypedDict hostile key hints", lambda: typing.get_type_hints(TD))
NT = typing.NamedTuple("NT", [("a", "typing._module_global")])
attempt("NamedTuple hint names a native", lambda: typing.get_type_hints(NT))
attempt("List[int].mro", lambda: typing.List[int].mro)
attempt("List[int].__subclasses__", lambda: typing.List[int].__subclasses__)
attempt("List[int].__base__", lambda: typing.List[int].__base__)
attempt("List[int].__origin__", lambda: typing.List[int].__origin__)
attempt("List[int] forwards append", lambda: typing.List[int].append)


def hinted(a: "typing._annotation_sources", b: "typing._caller"):
    pass


hints = typing.get_type_hints(hinted)
attempt("annotation names typing's natives", lambda: sorted(hints))
attempt("_annotation_sources of a built-in", lambda: hints["a"](int))
attempt("_annotation_sources of Proto", lambda: [m for _, m in hints["a"](Proto)])
attempt("_caller(0) is plain data", lambda: type(hints["b"](0)).__name__)
attempt("_caller far up", lambda: hints["b"](10 ** 6))
attempt("_module_global dunder", lambda: typing._module_global("__main__", "__builtins__", None))
attempt("_module_global of the script", lambda: typing._module_global("__main__", "Has", None))
attempt("_lists_base of object", lambda: typing._lists_base(object, object))
