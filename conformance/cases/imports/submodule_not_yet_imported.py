# A package does not have its submodules as attributes until they are imported.
import collections
try:
    collections.abc
except AttributeError as e:
    print("AttributeError", e)
import collections.abc
print(collections.abc.Container.__name__)
