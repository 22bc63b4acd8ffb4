# functools.singledispatch keeps a registry of implementations and a
# dispatch cache; CPython's registry is a mappingproxy over a dict in a
# closure. A script reads the registry, registers built-in types and
# moat's classes, and reads the dispatch cache: it finds only its own
# functions, and registering changes only its own dispatcher.
# expect-output: int sequence default int
# expect-output: registry keys -> list
# expect-output: registry values -> set
# expect-output: dispatch bool -> _
# expect-output: dispatch range -> _
# expect-output: dispatch globals AttributeError '__globals__' is not available in the sandbox
# expect-output: wrapped globals AttributeError '__globals__' is not available in the sandbox
# expect-output: register non-class TypeError Invalid first argument to `register()`: 5. Use either `@register(some_class)` or plain `@register` on an annotated function.
# expect-output: register annotation non-class TypeError Invalid first argument to `register()`: <function <lambda>.<locals>.<lambda>
# expect-output: clear cache -> NoneType
# expect-output: dispatch after clear -> _
# expect-output: str base
# expect-output: singledispatchmethod dispatcher -> function
import functools
import collections.abc


@functools.singledispatch
def show(x):
    return "default"


@show.register
def _(x: int):
    return "int"


@show.register(collections.abc.Sequence)
def _(x):
    return "sequence"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if isinstance(r, str) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" at ")[0])


print(show(1), show([1]), show(1.5), show(True))
attempt("registry keys", lambda: sorted(k.__name__ for k in show.registry))
attempt("registry values", lambda: {type(v).__name__ for v in show.registry.values()})
attempt("dispatch bool", lambda: show.dispatch(bool).__name__)
attempt("dispatch range", lambda: show.dispatch(range).__name__)
attempt("dispatch globals", lambda: show.dispatch(int).__globals__)
attempt("wrapped globals", lambda: show.__wrapped__.__globals__)
attempt("register non-class", lambda: show.register(5))
attempt("register annotation non-class", lambda: show.register(lambda x: 1))
attempt("clear cache", lambda: show._clear_cache())
attempt("dispatch after clear", lambda: show.dispatch(str).__name__)


class Tool:
    @functools.singledispatchmethod
    def run(self, arg):
        return "base"

    @run.register
    def _(self, arg: str):
        return "str"


print(Tool().run("x"), Tool().run(1))
attempt("singledispatchmethod dispatcher", lambda: type(Tool.__dict__["run"].dispatcher).__name__)
