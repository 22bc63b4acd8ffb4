# Every name dir() lists on functions, generators, classes, built-ins and
# exceptions and tracebacks: getattr of each must never hand back a frame, code object,
# globals dict, the class graph or the builtins module (each must raise
# AttributeError: the sandbox's refusal, or the ordinary one for `mro`).
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
refused = set()
for obj in targets:
    for name in dir(obj):
        try:
            getattr(obj, name)
        except AttributeError:
            refused.add(name)
must_refuse = {"__globals__", "__code__", "__closure__", "__builtins__", "gi_frame", "gi_code",
               "__subclasses__", "__mro__", "__bases__", "__base__", "mro", "__self__",
               "tb_frame", "__loader__", "__spec__"}
print(sorted(must_refuse - refused))
# expect-output: []
