# dir() of a function lists '__globals__' as CPython does; listing a name
# must not make it reachable.
def f():
    pass
assert "__globals__" in dir(f)
print(getattr(f, dir(f)[dir(f).index("__globals__")]))
# expect: AttributeError: '__globals__' is not available in the sandbox
