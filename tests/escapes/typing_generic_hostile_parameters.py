# typing.Generic and aliases subscripted with hostile parameters: objects
# with lying __parameters__, __origin__, __args__, __typing_subst__ and
# __mro_entries__, TypeVars bound to moat's classes, nested substitution,
# and get_origin/get_args on them. Subscription stores the objects and
# calls only the script's own hooks: no class graph, frame or namespace
# comes back.
# expect-output: Box[Liar()] -> _GenericAlias
# expect-output: Dict nested subst -> _GenericAlias
# expect-output: Generic[Liar()] TypeError Parameters to Generic[...] must all be type variables or parameter specification variables.
# expect-output: Generic[int] TypeError Parameters to Generic[...] must all be type variables or parameter specification variables.
# expect-output: get_origin -> type
# expect-output: get_args -> tuple
# expect-output: origin graph AttributeError '__mro__' is not available in the sandbox
# expect-output: orig_bases -> tuple
# expect-output: alias call -> Box
# expect-output: alias mro_entries -> tuple
# expect-output: too many params TypeError Too many arguments for <class '__main__.Box'>; actual 2, expected 1
# expect-output: Optional globals AttributeError __globals__
import typing

T = typing.TypeVar("T")


class Liar:
    __parameters__ = (T,)
    __origin__ = type
    __args__ = (object,)

    def __getitem__(self, params):
        print("Liar.__getitem__", type(params).__name__)
        return self

    def __typing_subst__(self, arg):
        print("Liar.__typing_subst__", type(arg).__name__)
        return arg


class Box(typing.Generic[T]):
    pass


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("Box[Liar()]", lambda: Box[Liar()])
attempt("Dict nested subst", lambda: typing.Dict[T, typing.List[T]][Liar()])
attempt("Generic[Liar()]", lambda: typing.Generic[Liar()])
attempt("Generic[int]", lambda: typing.Generic[int])
attempt("get_origin", lambda: typing.get_origin(Box[int]))
attempt("get_args", lambda: typing.get_args(typing.Dict[str, Liar()]))
attempt("origin graph", lambda: Box[int].__origin__.__mro__)
attempt("orig_bases", lambda: Box.__orig_bases__)
attempt("alias call", lambda: Box[int]())
attempt("alias mro_entries", lambda: Box[int].__mro_entries__((Box[int],)))
attempt("too many params", lambda: Box[int, str])
attempt("Optional globals", lambda: typing.Optional[int].__globals__)
