def inner():
    x = yield "ready"
    return int(x)
def outer():
    r = yield from inner()
    yield r * 2
g = outer()
print(next(g))
print(g.send("21"))
g = outer(); next(g); g.send("abc")
