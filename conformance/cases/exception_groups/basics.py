eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(TypeError)))
try:
    raise eg
except* ValueError as e:
    print("value", repr(e))
except* TypeError as e:
    print("type", repr(e))
try:
    try:
        raise ExceptionGroup("x", [KeyError(1), OSError(2)])
    except* KeyError:
        print("key")
except ExceptionGroup as e:
    print("left", repr(e))
