# An uncaught ImportError from a missing name.
from math import sqrt
print(sqrt(4))
from math import nothere
