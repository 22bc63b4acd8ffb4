# A script callback failing inside functools.reduce (C in CPython): the
# traceback goes from the script's call straight to the callback's frame.
from functools import reduce

def combine(acc, item):
    return acc + 10 // item

print(reduce(combine, [1, 2, 5], 0))
reduce(combine, [1, 0, 3], 0)
