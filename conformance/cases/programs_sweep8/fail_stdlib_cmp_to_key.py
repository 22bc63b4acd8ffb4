from functools import cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: a.x - b)))
