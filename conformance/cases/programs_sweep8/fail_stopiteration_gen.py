def firsts(groups):
    for g in groups:
        yield next(iter(g))
print(list(firsts([[1], [2, 3]])))
print(list(firsts([[1], [], [3]])))
