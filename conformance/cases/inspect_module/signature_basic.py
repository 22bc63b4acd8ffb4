import inspect

def plain(a, b, c):
    pass

def defaults(a, b=2, c="x", d=None):
    pass

def star(*args, **kwargs):
    pass

def kwonly(a, *, b, c=3):
    pass

def posonly(a, b, /, c, d=4, *, e):
    pass

def empty():
    pass

for f in (plain, defaults, star, kwonly, posonly, empty):
    sig = inspect.signature(f)
    print(f.__name__, sig)
    print("  ", repr(sig))
    print("  ", list(sig.parameters))
