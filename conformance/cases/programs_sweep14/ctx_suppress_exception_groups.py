# contextlib.suppress and ExceptionGroups in 3.11: suppress matches the
# group object itself (its type), not its members, so a group of matching
# exceptions passes through unless the group type is suppressed.
import contextlib

try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("all values", [ValueError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("not suppressed in 3.11:", repr(eg))
with contextlib.suppress(ExceptionGroup):
    raise ExceptionGroup("mixed", [ValueError(1), TypeError(2)])
print("suppressed by the group type")
with contextlib.suppress(Exception):
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [KeyError(1)]), OSError(2)])
print("suppressed by Exception")
try:
    with contextlib.suppress(Exception):
        raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except BaseExceptionGroup as eg:
    print("BaseExceptionGroup passes:", repr(eg))
try:
    with contextlib.suppress(ValueError):
        try:
            raise ExceptionGroup("g", [ValueError("v")])
        except* ValueError as g:
            raise ValueError("flattened") from g
    print("a plain ValueError raised from except* is suppressed")
except Exception as e:
    print(type(e).__name__, e)
