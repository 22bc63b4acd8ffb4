# type(f) is the function type; CPython's constructor takes a code object.
def f():
    pass
# expect: TypeError: creating 'function' objects is not available in the sandbox
type(f)(None, {})
