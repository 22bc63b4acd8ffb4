# types.MethodType(func, obj) binds any callable to any object; refused.
import types

class C:
    pass
# expect: TypeError: creating 'method' objects is not available in the sandbox
types.MethodType(len, C())
