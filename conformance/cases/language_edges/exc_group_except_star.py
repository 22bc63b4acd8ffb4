# except* splits an ExceptionGroup by type; unhandled parts are re-raised
# as a group; a naked exception is wrapped; handlers see subgroups.
def show(eg, indent=""):
    print(f"{indent}{type(eg).__name__}: {eg}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            show(sub, indent + "  ")


try:
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as g:
        print("ValueError part:")
        show(g, "  ")
    except* TypeError as g:
        print("TypeError part:")
        show(g, "  ")
except ExceptionGroup as rest:
    print("left over:")
    show(rest, "  ")

try:
    raise OSError("plain")
except* OSError as g:
    print("naked wrapped:")
    show(g, "  ")

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError as g:
        show(g)
except* TypeError as g:
    print("outer handler got:")
    show(g)

try:
    try:
        raise ExceptionGroup("eg", [ValueError("x")])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as g:
    show(g)
    print("context:", repr(g.exceptions[0].__context__))
except KeyError as k:
    print("KeyError", k, "context:", type(k.__context__).__name__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise
except ExceptionGroup as g:
    show(g)

try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("b", [ValueError()])).__name__)
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
match, rest = eg.split(ValueError)
show(match)
show(rest)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions, eg.subgroup(KeyError))
