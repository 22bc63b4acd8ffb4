# type(some_module) is ModuleType: calling it from the type of an imported
# module is refused too.
import math
# expect: TypeError: creating 'module' objects is not available in the sandbox
type(math)('fake', 'doc')
