# A module's __dir__() (module___dir___impl) lists its namespace in insertion
# order: the entries module creation sets first, then the module's names as
# they were bound. dir() sorts that list; __dir__() itself does not.
import math
import string

listing = type(math).__dir__(math)
print(listing[:5])
print(listing == sorted(listing), sorted(listing) == dir(math))

# Names a script binds on a module come last, in the order they were bound.
math.zeta_table = [1.6449, 1.2021]
math.alpha_const = 0.5
listing = type(math).__dir__(math)
print(listing[-2:], dir(math)[-1], "alpha_const" in dir(math))
del math.zeta_table
print(type(math).__dir__(math)[-1])

# A module written in Python keeps its source order.
names = [n for n in type(string).__dir__(string) if not n.startswith("_")]
print(names[:9])
print(names.index("capwords") < names.index("Template") < names.index("Formatter"))
print(object.__dir__(string)[:5])
