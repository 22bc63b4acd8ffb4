class F:
    def __float__(self): return 2.5
import math
print(math.sqrt(F()), math.floor(F()), round(float(F())), "%.1f" % F())
int(F())
