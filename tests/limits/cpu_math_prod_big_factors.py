# math.prod over a thousand 1000-digit ints, forever: each big multiply is
# charged by its size, so the loop ends at the instruction limit.
# args: --max-instructions 100000000
# limit: instructions
import math
factors = [10 ** 1000] * 1000
while True:
    math.prod(factors)
