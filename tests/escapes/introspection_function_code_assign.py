# expect: AttributeError: '__code__' is not available in the sandbox
def f(): pass
def g(): return 1
f.__code__ = g
