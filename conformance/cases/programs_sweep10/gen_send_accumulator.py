def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("reset because", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value; count += 1
        avg = total / count
    return (count, avg)
g = averager()
print(next(g), g.send(10), g.send(20), g.send(0))
print(g.throw(ValueError("bad")))
print(g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value, e.args)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError", e)
