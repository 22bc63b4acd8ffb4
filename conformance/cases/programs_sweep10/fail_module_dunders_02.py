def f(a, b=2): pass
f.__defaults__ = 5
