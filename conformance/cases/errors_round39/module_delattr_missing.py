# Deleting a missing module attribute goes through generic setattr, whose
# message names the type 'module', not the module.
import math

try:
    del math.no_such_name
except AttributeError as e:
    print(type(e).__name__, e)
math.extra = 1
del math.extra
del math.extra
