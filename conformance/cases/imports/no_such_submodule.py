# A package without the submodule: ModuleNotFoundError, an ImportError.
try:
    import collections.nothere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    import collections.nothere as n
except ImportError as e:
    print("ImportError", e, isinstance(e, ModuleNotFoundError))
import collections
print(collections.deque([1, 2]))
