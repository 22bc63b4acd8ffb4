# dir() and getattr agree (docs/SECURITY.md): every name dir() lists on
# functions, generators, classes, built-ins, exceptions, modules and
# tracebacks can be read, and none of the reads hands back a frame, code
# object, globals dict, the class graph or the builtins module: those names
# are left out of dir() and getattr of each still raises AttributeError
# (the sandbox's refusal, or the ordinary one for `mro`).
import math


def f(x=1):
    yield x


class C:
    def m(self):
        pass


try:
    1 / 0
except ZeroDivisionError as caught:
    raised = caught

targets = [f, f(), C, C(), C().m, print, len, object, type, int, 3, "s", [], {},
           ValueError("v"), math, exit, dir, vars, raised, raised.__traceback__,
           type(raised.__traceback__)]
failed = []
listed = set()
for obj in targets:
    for name in dir(obj):
        listed.add(name)
        try:
            getattr(obj, name)
        except AttributeError as e:
            failed.append((name, str(e)))
withheld = {"__globals__": [f], "__code__": [f], "__closure__": [f], "__builtins__": [f],
            "gi_frame": [f()], "gi_code": [f()], "gi_yieldfrom": [f()],
            "__subclasses__": [C, int, type], "__mro__": [C, int, type],
            "__bases__": [C, int, type], "__base__": [C, int, type], "mro": [C, int, type],
            "__self__": [print, C().m, [].append], "tb_frame": [raised.__traceback__]}
refused = set()
for name, objs in withheld.items():
    for obj in objs:
        try:
            getattr(obj, name)
        except AttributeError:
            refused.add(name)
        else:
            print("read", name)
# The only misses: type's __abstractmethods__ and __annotations__ (which
# CPython's type lacks too) and the namespace of a built-in type, listed
# as CPython lists it but withheld.
print(sorted({name for name, _ in failed}), sorted(set(withheld) & listed),
      sorted(set(withheld) - refused))
# reduce and __sizeof__ are listed and readable, but refuse to run.
for call in (lambda: C().__reduce_ex__(4), lambda: (3).__reduce__(), lambda: [].__sizeof__()):
    try:
        call()
    except TypeError as e:
        print(e)
print(math.__loader__, math.__spec__)
# expect-output: ['__abstractmethods__', '__annotations__', '__dict__'] [] []
# expect-output: object.__reduce_ex__() is not available in the sandbox
# expect-output: object.__reduce__() is not available in the sandbox
# expect-output: object.__sizeof__() is not available in the sandbox
# expect-output: None None
