# warnings' native _caller gives plain values for the reporting location,
# never a frame; WarningMessage carries only those values.
import warnings
where = warnings._caller(0)
print(type(where).__name__, [type(v).__name__ for v in where])
print(warnings._caller(1000))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x")
m = w[0]
print(sorted(k for k in m.__dict__ if not k.startswith("_")))
# expect-output: tuple ['str', 'int', 'str', 'str', 'str', 'bool']
# expect-output: None
# expect-output: ['category', 'file', 'filename', 'line', 'lineno', 'message', 'source']
# expect: AttributeError: '__globals__' is not available in the sandbox
warnings.warn.__globals__
