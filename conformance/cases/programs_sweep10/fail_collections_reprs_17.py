import itertools
print(list(itertools.groupby([])), [(k, len(list(g))) for k, g in itertools.groupby("aaabccaa")])
list(itertools.chain(1))
