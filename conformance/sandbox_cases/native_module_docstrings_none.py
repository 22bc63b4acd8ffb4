# moat policy: the modules written in C++ (math, operator, sys...) have
# __doc__ None, as built-in functions do; dir() lists it and hasattr finds it.
import math
import operator
import sys

print(math.__doc__, operator.__doc__, sys.__doc__)
print("__doc__" in dir(math), hasattr(operator, "__doc__"), getattr(sys, "__doc__", "missing"))
