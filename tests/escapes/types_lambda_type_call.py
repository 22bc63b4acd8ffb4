# LambdaType is FunctionType: calling it is refused the same way.
import types
# expect: TypeError: creating 'function' objects is not available in the sandbox
types.LambdaType(None, globals={})
