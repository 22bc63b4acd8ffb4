# Walks that never spell `obj.name`: functools.reduce(getattr, path, obj),
# map(getattr, objs, names), operator.attrgetter with dotted dunder paths,
# methodcaller('__getattribute__', ...), getattr of getattr, and dict
# lookups on names taken from dir() output. Each step is an ordinary
# attribute lookup, so each reaches the same refusal.
# expect-output: reduce class graph AttributeError '__base__' is not available in the sandbox
# expect-output: reduce globals AttributeError '__globals__' is not available in the sandbox
# expect-output: reduce init globals AttributeError '__globals__' is not available in the sandbox
# expect-output: map getattr AttributeError '__code__' is not available in the sandbox
# expect-output: starmap getattr AttributeError '__closure__' is not available in the sandbox
# expect-output: attrgetter dotted AttributeError '__mro__' is not available in the sandbox
# expect-output: attrgetter tuple AttributeError '__globals__' is not available in the sandbox
# expect-output: methodcaller getattribute AttributeError '__globals__' is not available in the sandbox
# expect-output: methodcaller dir -> list
# expect-output: getattr of getattr AttributeError '__self__' is not available in the sandbox
# expect-output: getattr __getattribute__ AttributeError '__builtins__' is not available in the sandbox
# expect-output: dir names -> list
# expect-output: sorted dir slice ValueError '__globals__' is not in list
# expect-output: hasattr -> list
import functools
import itertools
import operator


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def f():
    pass


class C:
    def m(self):
        pass


attempt("reduce class graph", lambda: functools.reduce(getattr, ["__class__", "__base__", "__subclasses__"], ()))
attempt("reduce globals", lambda: functools.reduce(getattr, ["m", "__func__", "__globals__"], C()))
attempt("reduce init globals", lambda: functools.reduce(getattr, ["__init__", "__globals__"], C()))
attempt("map getattr", lambda: list(map(getattr, [f, f, f], ["__name__", "__code__", "__globals__"])))
attempt("starmap getattr", lambda: list(itertools.starmap(getattr, [(f, "__closure__")])))
attempt("attrgetter dotted", lambda: operator.attrgetter("__class__.__mro__")(1))
attempt("attrgetter tuple", lambda: operator.attrgetter("__name__", "__globals__")(f))
attempt("methodcaller getattribute", lambda: operator.methodcaller("__getattribute__", "__globals__")(f))
attempt("methodcaller dir", lambda: operator.methodcaller("__dir__")(f)[:0])
attempt("getattr of getattr", lambda: getattr(getattr(f, "__call__"), "__self__"))
attempt("getattr __getattribute__", lambda: getattr(f, "__getattribute__")("__builtins__"))
attempt("dir names", lambda: [getattr(f, n) for n in dir(f) if n.startswith("__g")])
attempt("sorted dir slice", lambda: getattr(f, sorted(dir(f))[sorted(dir(f)).index("__globals__")]))
attempt("hasattr", lambda: [hasattr(f, n) for n in ("__globals__", "__code__", "__name__")])
