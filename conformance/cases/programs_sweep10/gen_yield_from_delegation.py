def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got
def mid():
    a = yield from leaf(2)
    b = yield from leaf(1)
    return a + b
def top():
    result = yield from mid()
    yield ("result", result)
g = top()
print(next(g), g.send("a"), g.send("b"), g.send("c"))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4])], [], 5])))
def from_iter():
    r = yield from [1, 2]
    print("list return", r)
    r = yield from iter("ab")
    print("iter return", r)
print(list(from_iter()))
def gen_ret():
    return 5
    yield
def wrap():
    v = yield from gen_ret()
    yield v
print(list(wrap()))
