# types.FunctionType(code, globals) makes a function from a code object and a
# globals dict of the caller's choosing: refused.
import types

def f():
    return 1
# expect: TypeError: creating 'function' objects is not available in the sandbox
types.FunctionType(types.CodeType, {'__builtins__': {}})
