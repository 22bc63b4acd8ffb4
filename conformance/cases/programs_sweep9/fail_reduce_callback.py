from functools import reduce
def combine(acc, item):
    return acc + item["n"]
print(reduce(combine, [{"n": 1}, {"m": 2}], 0))
