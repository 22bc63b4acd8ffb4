# Conditions on different kinds of values.
def describe(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool " + ("yes" if v else "no")
    elif isinstance(v, (int, float)) and not v:
        return "zero"
    elif isinstance(v, str) and v.strip() == "":
        return "blank string"
    elif not v:
        return "empty " + type(v).__name__
    elif isinstance(v, (list, tuple)) and len(v) == 1:
        return "singleton"
    else:
        return "value " + repr(v)


for v in (None, True, False, 0, 0.0, 5, "", "  ", "x", [], (), {}, [1], (2,), [1, 2], {"k": 0}):
    print(repr(v), "->", describe(v))
