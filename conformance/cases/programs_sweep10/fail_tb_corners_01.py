def gen():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = gen(); next(g)
g.close()
