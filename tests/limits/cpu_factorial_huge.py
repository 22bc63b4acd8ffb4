# math.factorial of ten million: a 25 MB result, charged for the products
# that build it before GMP starts.
# limit: instructions
import math
x = math.factorial(10**7)
