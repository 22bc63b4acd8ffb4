# dir(module) lists the module's names.
import math

names = dir(math)
print(names[:5])
print([n for n in names if not n.startswith("_")])
print(names == sorted(names), "pi" in names, "sqrt" in names)
import json
print("loads" in dir(json), "dumps" in dir(json))
import collections
print("OrderedDict" in dir(collections), "Counter" in dir(collections))
