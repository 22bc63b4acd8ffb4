# A module that is not a package has no submodules.
try:
    import math.foo
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    import math.foo.bar
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    from math.foo import x
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    import collections.abc.x
except ImportError as e:
    print(type(e).__name__, e)
import math
print(math.floor(2.5))
