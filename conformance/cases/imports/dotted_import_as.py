# `import a.b as c` binds the submodule itself.
import collections.abc as cabc
print(cabc.__name__)
print(cabc.Sequence.__name__)
try:
    collections
except NameError as e:
    print("NameError", e)
