# dir() of a function leaves out '__globals__' (CPython lists it), so dir()
# and getattr agree; the name stays refused when spelled out.
def f():
    pass
assert "__globals__" not in dir(f) and "__code__" not in dir(f)
print(getattr(f, "__globals__"))
# expect: AttributeError: '__globals__' is not available in the sandbox
