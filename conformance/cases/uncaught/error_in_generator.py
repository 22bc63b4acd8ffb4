# An exception raised inside a generator while a for loop consumes it.
def reciprocals(values):
    for v in values:
        yield 1 / v


for r in reciprocals([4, 2, 1, 0, 5]):
    print(r)
