# A push pipeline of coroutines: filter -> broadcast -> sinks.
def sink(name, out):
    try:
        while True:
            item = yield
            out.append((name, item))
    except GeneratorExit:
        out.append((name, "closed"))
        raise


def keep(predicate, target):
    try:
        while True:
            item = yield
            if predicate(item):
                target.send(item)
    finally:
        target.close()


def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


log = []
evens, big = sink("evens", log), sink("big", log)
for g in (evens, big):
    next(g)
filters = [keep(lambda x: x % 2 == 0, evens), keep(lambda x: x > 5, big)]
for f in filters:
    next(f)
b = broadcast(filters)
next(b)
for n in [1, 2, 6, 7, 8, 3]:
    b.send(n)
b.close()
for entry in log:
    print(entry)
print(b.gi_running, b.gi_suspended if hasattr(b, "gi_suspended") else None)
try:
    b.send(1)
except StopIteration:
    print("closed pipeline raises StopIteration")
