# Cached keys and results stay alive and intact while much garbage comes
# and goes (the cache is traced by the collector).
import functools

@functools.lru_cache(maxsize=64)
def make(n):
    return [n] * 3, {"n": n}

@functools.cache
def box(*parts, **named):
    return list(parts) + sorted(named.items())

first = make(1)
kept = [box(i, str(i), k=i) for i in range(50)]
for round_ in range(30):
    junk = [[j] * 50 for j in range(2000)]
    for i in range(100):
        make(i % 80)
print(make(1) is first, first, make(79))
print(all(box(i, str(i), k=i) is kept[i] for i in range(50)), kept[7])
print(make.cache_info(), box.cache_info())
