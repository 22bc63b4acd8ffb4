def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finalizing")
        raise RuntimeError("error in finally")
g = gen()
print(next(g))
g.close()
