import math
math.sqrt("x")
