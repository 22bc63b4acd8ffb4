# str.format resolves "{0.name}" with getattr: a function's globals must stay out of reach.
# expect: AttributeError: '__globals__' is not available in the sandbox
def f():
    pass
print("{0.__globals__}".format(f))
