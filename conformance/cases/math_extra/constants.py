# The module's constants and their relations.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.tau == 2 * math.pi, math.isinf(math.inf), math.isnan(math.nan), math.nan != math.nan)
print(type(math.pi).__name__, type(math.inf).__name__, math.inf > 10**400, -math.inf < -10**400)
print(repr(math.pi * 1e10), math.e ** 2, math.pi / 4)
print(type(math).__name__, math.__name__)
from math import pi, sqrt, floor
print(pi, sqrt(16), floor(-0.5))
