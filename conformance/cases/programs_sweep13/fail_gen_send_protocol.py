def running_stats():
    count, total = 0, 0.0
    value = yield None
    while True:
        count += 1
        total += value
        value = yield (count, total / count)


gen = running_stats()
next(gen)
for v in [10, 20, 60]:
    print(gen.send(v))
gen.close()
print(gen.send(5))
