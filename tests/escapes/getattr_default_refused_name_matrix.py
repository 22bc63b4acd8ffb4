# The quiet spellings of a refused lookup: getattr(obj, name, default),
# hasattr(obj, name), vars()-free walks through type(obj).__getattribute__
# and object.__getattribute__, and operator.attrgetter inside a try, over
# every refused name of the introspection rule and every kind of object
# that has one in CPython (functions, lambdas, built-ins, bound and
# built-in methods, generators, classes, built-in types, modules,
# tracebacks, super objects). A default or False must come back, or the
# refusal; nothing may hand out a frame, code object, cell, globals or
# builtins dict, class list or module namespace.
# expect-output: leaks []
# expect-output: answered 4
# expect-output: class __dict__ is read-only mappingproxy
# expect-output: sys.modules default withheld
import operator
import sys

REFUSED = ["__globals__", "__builtins__", "__code__", "__closure__", "__subclasses__", "__mro__",
           "__bases__", "__base__", "mro", "__self__", "gi_frame", "gi_code", "gi_yieldfrom",
           "tb_frame", "f_back", "f_globals", "__dict__"]
SENTINEL = object()


def func():
    pass


def gen():
    yield 1


class C:
    def meth(self):
        pass


try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
objects = {"function": func, "lambda": lambda: 0, "builtin": len, "bound method": C().meth,
           "builtin method": [].append, "generator": gen(), "class": C, "type": int,
           "module": sys, "traceback": tb, "super": super(C, C())}
BAD = ("frame", "code", "cell", "module", "dict", "mappingproxy", "tuple", "list",
       "builtin_function_or_method", "method-wrapper", "generator")
# A function's own attribute dict (through a bound method too) and a
# class's read-only namespace proxy are the script's: the rule allows them.
ALLOWED = {("function", "__dict__"), ("lambda", "__dict__"), ("bound method", "__dict__"),
           ("class", "__dict__")}
leaks = []
answered = 0
for kind, obj in objects.items():
    for name in REFUSED:
        found = getattr(obj, name, SENTINEL)
        if found is not SENTINEL:
            answered += 1
            if type(found).__name__ in BAD and (kind, name) not in ALLOWED:
                leaks.append((kind, name, type(found).__name__))
        if hasattr(obj, name) != (found is not SENTINEL):
            leaks.append((kind, name, "hasattr disagrees with getattr"))
        for spelling in (lambda: type(obj).__getattribute__(obj, name),
                         lambda: object.__getattribute__(obj, name),
                         lambda: operator.attrgetter(name)(obj)):
            try:
                value = spelling()
            except (AttributeError, TypeError):
                continue
            if type(value).__name__ in BAD and (kind, name) not in ALLOWED:
                leaks.append((kind, name, "spelling", type(value).__name__))
print("leaks", leaks)
print("answered", answered)
print("class __dict__ is read-only", type(getattr(C, "__dict__")).__name__)
print("sys.modules default", getattr(sys, "modules", "withheld"))
