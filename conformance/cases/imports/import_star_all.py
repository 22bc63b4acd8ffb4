# `from m import *` takes the names the module's __all__ lists.
from collections.abc import *
print(Mapping.__name__, MutableSequence.__name__, Hashable.__name__)
try:
    ABCMeta
except NameError as e:
    print("NameError", e)
try:
    abstractmethod
except NameError as e:
    print("NameError", e)
