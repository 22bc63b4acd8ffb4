import json
l = []
for i in range(50): l = [l]
print(json.dumps(l)[:10])
def gen(n):
    if n: yield from gen(n - 1)
    yield n
print(sum(gen(400)))
import functools
@functools.lru_cache(maxsize=None)
def f(n): return n if n < 2 else f(n - 1) + f(n - 2)
print(f(300), f.cache_info())
import functools
@functools.lru_cache(maxsize=2)
def sq(n): print("calc", n); return n * n
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
