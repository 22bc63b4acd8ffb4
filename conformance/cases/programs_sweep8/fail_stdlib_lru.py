from functools import lru_cache
@lru_cache
def f(x): return 1 // x
print(f(1))
f(0)
