# expect: AttributeError: '__code__' is not available in the sandbox
def f(): pass
print(f.__code__)
