# expect: AttributeError: '__globals__' is not available in the sandbox
def f(): pass
print(f.__globals__)
