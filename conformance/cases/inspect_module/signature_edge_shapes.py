# Signature, Parameter and BoundArguments on the odd shapes: unvalidated
# parameter orders, __defaults__ longer than the positional parameters,
# arguments bound around a gap, partial() making parameters keyword-only,
# methods whose first parameter is *args, and Parameter's name checks.
import functools
import inspect
from inspect import Parameter, Signature

P = Parameter


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# str() of signatures built without validation, in orders a def cannot have.
odd_orders = [
    [P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY), P("c", P.KEYWORD_ONLY)],
    [P("a", P.POSITIONAL_ONLY), P("b", P.VAR_POSITIONAL), P("c", P.POSITIONAL_ONLY)],
    [P("k", P.VAR_KEYWORD), P("a", P.KEYWORD_ONLY), P("b", P.VAR_POSITIONAL),
     P("c", P.KEYWORD_ONLY)],
    [P("a", P.POSITIONAL_ONLY)],
    [P("a", P.KEYWORD_ONLY, default=1), P("b", P.POSITIONAL_ONLY, annotation=int)],
]
for i, params in enumerate(odd_orders):
    show(f"unvalidated {i}", lambda: str(Signature(params, __validate_parameters__=False)))
    show(f"validated {i}", lambda: str(Signature(params)))

# Defaults restart with each kind in 3.11's check.
show("defaults per kind", lambda: str(Signature([
    P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])))
show("duplicate", lambda: Signature([P("a", 0), P("a", 3)]))


# __defaults__ set longer or shorter than the positional parameters.
def f(a, b, c=3):
    pass


for defaults in [(1, 2, 3, 4), (9, 8, 7), (5,), (), None, (1, 2, 3, 4, 5, 6)]:
    f.__defaults__ = defaults
    show(f"defaults {defaults}", lambda: str(inspect.signature(f)))


# BoundArguments.args and .kwargs around a parameter without a value.
def g(a, b=2, *rest, c, d=4, **extra):
    pass


sig = inspect.signature(g)
for args, kwargs in [((1,), {"c": 3}), ((), {"a": 1, "c": 3}), ((1, 2, 3, 4), {"c": 5}),
                     ((1,), {"b": 2, "c": 3, "z": 9}), ((), {"b": 5})]:
    try:
        bound = sig.bind_partial(*args, **kwargs)
    except TypeError as e:
        print("bind_partial", args, kwargs, "TypeError:", e)
        continue
    print("bound", bound, bound.args, bound.kwargs)
    bound.apply_defaults()
    print("  defaults", bound, bound.args, bound.kwargs)

gap = Signature([P("a", 1), P("b", 1), P("rest", 2)]).bind_partial(b=1)
gap.arguments["rest"] = (7, 8)
print("gap", gap.args, gap.kwargs)


# A positional-only name passed by keyword, with and without **kwargs.
def h(a, /, b=1, **kw):
    pass


def h2(a, /, b=1):
    pass


for fn in (h, h2):
    show(f"{fn.__name__} kw", lambda: inspect.signature(fn).bind(1, a=2))
    show(f"{fn.__name__} kw only", lambda: inspect.signature(fn).bind(a=2))
    show(f"{fn.__name__} multiple", lambda: inspect.signature(fn).bind(1, 2, b=3))


# partial(): keyword arguments turn the rest keyword-only; *args goes.
def k(a, b, *args, c=1, **kw):
    pass


for p in [functools.partial(k, b=2), functools.partial(k, 1, 2, 3),
          functools.partial(k, a=1), functools.partial(k, 1, c=5, z=6),
          functools.partial(k, 1, b=2, c=3)]:
    show("partial", lambda: str(inspect.signature(p)))


# Methods whose first parameter is *args keep it; none or keyword-only fail.
class M:
    def star(*args, x=1):
        pass

    def kwonly(*, x):
        pass

    def empty():
        pass


for name in ("star", "kwonly", "empty"):
    show(f"bound {name}", lambda: str(inspect.signature(getattr(M(), name))))

# Parameter names.
for name in [".0", ".12", ".x", "", "class", "a.b", "_", "é"]:
    for kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY):
        show(f"name {name!r} {kind}", lambda: repr(P(name, kind)))
show("var default", lambda: P("a", P.VAR_KEYWORD, default=None))
show("bad kind", lambda: P("a", 7))
show("annotated default", lambda: str(P("a", 1, default=None, annotation="x")))
show("replace", lambda: repr(P("a", 1, default=2).replace(kind=P.VAR_POSITIONAL)))
show("replace empty", lambda: repr(P("a", 1, default=2).replace(default=P.empty, name="b")))
