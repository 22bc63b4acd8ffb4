# The same walk through format_map and an index part ("__builtins__" as a str key).
# expect: AttributeError: '__globals__' is not available in the sandbox
def f():
    pass
print("{f.__globals__[__builtins__]}".format_map({"f": f}))
