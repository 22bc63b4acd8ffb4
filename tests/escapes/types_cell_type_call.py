# types.CellType(x) makes closure cells; refused.
import types
# expect: TypeError: creating 'cell' objects is not available in the sandbox
types.CellType(1)
