import itertools
for k, g in itertools.groupby([1, 2, None], key=lambda x: x % 2):
    print(k, list(g))
