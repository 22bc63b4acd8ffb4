def acc():
    total = 0
    while True:
        v = yield total
        total += v

g = acc()
print(next(g))
print(g.send(5))
print(g.send(7))
g.send("oops")
