import inspect

def f(a, b, /, c, *, d):
    pass

def g(a, b=2):
    pass

def h(**kw):
    pass

def attempt(sig, *args, **kwargs):
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)

sf, sg, sh = inspect.signature(f), inspect.signature(g), inspect.signature(h)
attempt(sf, 1, 2, 3)
attempt(sf, 1, 2, 3, 4)
attempt(sf, 1, 2, c=3, d=4)
attempt(sf, 1, b=2, c=3, d=4)
attempt(sf, 1, 2, 3, d=4, e=5)
attempt(sf)
attempt(sg, 1, 2, 3)
attempt(sg, 1, a=2)
attempt(sg, b=2)
attempt(sg, 1, c=3)
attempt(sh, 1)
attempt(sh, a=1, b=2)
attempt(inspect.signature(lambda: None), x=1)
