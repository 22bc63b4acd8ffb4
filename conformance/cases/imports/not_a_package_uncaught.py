# An uncaught ModuleNotFoundError from a submodule of a plain module.
import math
print(math.pi)
import math.foo
