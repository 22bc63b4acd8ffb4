import functools
import inspect

def f(a, b, c=3, *args, d, e=5, **kw):
    pass

def g(a, b, /, c):
    pass

for p in (functools.partial(f, 1), functools.partial(f, 1, 2, 3, 4),
          functools.partial(f, b=2), functools.partial(f, d=0),
          functools.partial(f, 1, e=9), functools.partial(g, 1),
          functools.partial(g, 1, 2), functools.partial(g, c=3),
          functools.partial(functools.partial(f, 1), 2)):
    print(inspect.signature(p))

try:
    inspect.signature(functools.partial(g, x=1))
except ValueError as e:
    print("ValueError", str(e).split(" has ")[1])
