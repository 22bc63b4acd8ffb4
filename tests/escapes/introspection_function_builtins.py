# expect: AttributeError: '__builtins__' is not available in the sandbox
def f(): pass
print(f.__builtins__)
