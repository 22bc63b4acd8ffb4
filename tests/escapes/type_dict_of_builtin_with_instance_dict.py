# `type(f).__dict__` in CPython is the mappingproxy of the function type's
# namespace (the getset descriptors of __globals__, __code__, __closure__...).
# moat once answered with the instances' `__dict__` getter instead, since the
# function type's method table holds one; a built-in type's `__dict__` is
# refused like any other, and the instances' own `__dict__` stays theirs.
# expect-output: function type AttributeError '__dict__' is not available in the sandbox
# expect-output: function type via getattr AttributeError '__dict__' is not available in the sandbox
# expect-output: function type via object.__getattribute__ AttributeError '__dict__' is not available in the sandbox
# expect-output: method type AttributeError '__dict__' is not available in the sandbox
# expect-output: lambda type AttributeError '__dict__' is not available in the sandbox
# expect-output: partial type -> function
# expect-output: vars of function type TypeError vars() of a built-in type is not available in the sandbox: use dir() for its names
# expect-output: own dict still readable -> dict
# expect-output: own dict {'tag': 1}
import functools


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


attempt("function type", lambda: type(f).__dict__)
attempt("function type via getattr", lambda: getattr(type(f), "__dict__"))
attempt("function type via object.__getattribute__", lambda: type.__getattribute__(type(f), "__dict__"))
attempt("method type", lambda: type(C().m).__dict__)
attempt("lambda type", lambda: type(lambda: 0).__dict__)
attempt("partial type", lambda: functools.partial.__dict__["__call__"])
attempt("vars of function type", lambda: vars(type(f)))
attempt("own dict still readable", lambda: f.__dict__)
f.tag = 1
print("own dict", f.__dict__)
