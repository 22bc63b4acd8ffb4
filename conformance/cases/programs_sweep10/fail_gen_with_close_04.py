def g():
    yield 1
x = g()
print(list(x), list(x), next(x, "done"))
x.throw(KeyError("after exhaustion"))
