def g():
    yield from range(3)
    yield 1 / 0
print(list(g()))
