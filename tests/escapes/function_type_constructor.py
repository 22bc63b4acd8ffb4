# type(f) is the function type; CPython's constructor takes a code object.
def f():
    pass
# expect: TypeError: cannot create 'function' instances
type(f)(None, {})
