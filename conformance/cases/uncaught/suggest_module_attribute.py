# math.PI: the module's names are the candidates.
import math

print(math.pi > 3)
print(math.PI)
