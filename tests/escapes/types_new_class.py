# types.new_class builds a class outside the class statement (a metaclass
# from kwds, an exec_body callback): refused.
import types
# expect: TypeError: types.new_class() is not available in the sandbox (use a class statement)
types.new_class('Evil', (type,), {})
