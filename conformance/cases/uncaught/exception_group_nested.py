def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    err = e
raise ExceptionGroup("top", [err, ExceptionGroup("nested", [TypeError(2), KeyError("k")]), OSError(3)])
