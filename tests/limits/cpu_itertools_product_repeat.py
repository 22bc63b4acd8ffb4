# Exhausting itertools.product(range(10), repeat=12), 10**12 tuples: every
# tuple made is charged, so the loop ends at the instruction limit.
# args: --max-instructions 50000000
# limit: instructions
import itertools
for item in itertools.product(range(10), repeat=12):
    pass
