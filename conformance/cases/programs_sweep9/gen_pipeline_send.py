def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value; count += 1
        avg = total / count
    return (count, avg)

def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)

res = []
d = delegate(res)
next(d)
for v in [10, 20, 30]:
    print(d.send(v))
d.send(None)
for v in [1, 2]:
    d.send(v)
d.send(None)
print(res)
d.close()

def numbers():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("cleanup")

g = numbers()
print(next(g), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g2 = numbers()
next(g2)
g2.close()
print(g2.gi_running if hasattr(g2, "gi_running") else "", list(g2))

def pipeline(lines):
    stripped = (l.strip() for l in lines)
    nonempty = (l for l in stripped if l and not l.startswith("#"))
    pairs = (l.split("=", 1) for l in nonempty)
    return {k.strip(): v.strip() for k, v in pairs}
print(pipeline(["a = 1", "# c", "", " b=2=3 "]))
