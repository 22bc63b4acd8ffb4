# A __notes__ that is not a sequence prints as its repr with no line break
# after it, in a chain and inside an exception group.
try:
    try:
        e = ValueError("x")
        e.__notes__ = 5
        raise e
    except ValueError as e:
        raise KeyError(1) from e
except KeyError as k:
    inner = TypeError("t")
    inner.__notes__ = 7.5
    group = ExceptionGroup("eg", [inner, k])
    group.__notes__ = None
    raise group
