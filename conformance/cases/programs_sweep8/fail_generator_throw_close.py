def worker():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError:
            print("ignoring key error")
            continue
        total += x
g = worker(); next(g)
print(g.send(5), g.send(6))
g.throw(KeyError("k"))
print(g.send(1))
g.throw(ValueError("stop now"))
