def g():
    yield 1
next(g()).throw
