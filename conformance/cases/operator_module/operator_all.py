# operator.__all__ lists every public name, alphabetically, and each one is
# bound in the module; a star import binds those names (no dunder alias).
import operator

print(len(operator.__all__), operator.__all__ == sorted(operator.__all__))
print(operator.__all__)
print([name for name in operator.__all__ if not hasattr(operator, name)])
public = sorted(n for n in dir(operator) if not n.startswith("_"))
print(public == operator.__all__)

from operator import *
print(add is operator.add, itemgetter is operator.itemgetter, truth(0), is_not(1, 2))
try:
    __lt__
except NameError as exc:
    print("NameError", exc)
