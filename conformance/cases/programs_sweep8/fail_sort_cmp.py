import functools
def cmp(a, b):
    return (a > b) - (a < b)
data = [3, 1, None, 2]
print(sorted(data, key=functools.cmp_to_key(cmp)))
