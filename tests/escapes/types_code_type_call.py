# types.CodeType(...) would build bytecode by hand; refused.
import types
# expect: TypeError: creating 'code' objects is not available in the sandbox
types.CodeType(0, 0, 0, 0, 0, 0, b'', (), (), (), '', '', '', 0, b'', b'')
