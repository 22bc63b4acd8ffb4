# dir() of functions, methods and generators lists names only.
# The names CPython's dir() lists that moat leaves out because getattr
# refuses them (docs/SECURITY.md, "dir() and getattr agree").
WITHHELD = {"__code__", "__globals__", "__closure__", "__builtins__", "gi_code", "gi_frame",
            "gi_yieldfrom", "__del__", "__self__", "__text_signature__", "__bases__", "__base__",
            "__mro__", "mro", "__subclasses__", "__basicsize__", "__itemsize__", "__dictoffset__",
            "__weakrefoffset__", "__flags__", "__prepare__", "__alloc__"}


def shown(obj):
    return [n for n in dir(obj) if n not in WITHHELD]


def f(a, b=1):
    return a + b


f.tag = "x"
print(shown(f))
print([n for n in dir(f) if not n.startswith("__")])


def gen():
    yield 1


g = gen()
print(shown(g))
g.close()
print(shown(len))


class C:
    def m(self):
        pass

    @staticmethod
    def s():
        pass


print(shown(C().m))
print("m" in dir(C), "s" in dir(C))
print(dir(lambda: 0) == dir(f) or sorted(set(dir(f)) - set(dir(lambda: 0))))
