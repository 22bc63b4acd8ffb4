from functools import partial
def f(a, b): return a / b
g = partial(f, b=0)
g(1)
