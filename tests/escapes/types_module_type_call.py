# types.ModuleType('os') would make a module object outside the import rules.
import types
# expect: TypeError: creating 'module' objects is not available in the sandbox
m = types.ModuleType('os')
