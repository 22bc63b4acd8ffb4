# types.prepare_class resolves a metaclass and calls its __prepare__; refused.
import types
# expect: TypeError: types.prepare_class() is not available in the sandbox (use a class statement)
types.prepare_class('X', (), {'metaclass': type})
