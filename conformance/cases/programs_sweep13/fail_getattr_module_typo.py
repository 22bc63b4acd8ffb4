import math
import string

print(string.ascii_lowercase[:5], math.floor(2.7))
print(math.squareroot(16))
