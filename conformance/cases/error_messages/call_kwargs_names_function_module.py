# A call's ** errors name the function by its __module__ attribute (which a
# decorator or a library may rewrite), not by the module that defined it.
def f(a=0):
    pass


for module in ("renamed", "pkg.sub", None, "builtins", "__main__"):
    f.__module__ = module
    try:
        f(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print(e)
    try:
        f(*[], **[1])
    except TypeError as e:
        print(e)


class C:
    def m(self, **kw):
        pass


C.m.__module__ = "plugins.core"
try:
    C().m(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
