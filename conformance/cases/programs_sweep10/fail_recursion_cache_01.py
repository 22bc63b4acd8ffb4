import functools
@functools.cache
def f(a, b=1): return a + b
print(f(1), f(1, b=1), f(a=1), f.cache_info())
f([])
