def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


g = averager()
print(next(g))
for v in [10, 20, 30, 5]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)


res = []
d = delegator(res)
next(d)
for v in [1, 2, 3]:
    d.send(v)
d.send(None)
d.send(7)
d.send(None)
print(res)
d.close()
try:
    averager().send(1)
except TypeError as e:
    print("TypeError", e)
