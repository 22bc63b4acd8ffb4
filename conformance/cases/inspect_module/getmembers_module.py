import inspect
import math
import string

print([n for n, _ in inspect.getmembers(math, lambda v: isinstance(v, float))])
print([n for n, v in inspect.getmembers(string) if isinstance(v, str) and not n.startswith("_")])
print(len(inspect.getmembers(math, inspect.isbuiltin)) > 40)
print([n for n, _ in inspect.getmembers(string, inspect.isclass) if not n.startswith("_")])
