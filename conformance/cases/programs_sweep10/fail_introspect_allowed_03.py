def f(): pass
f.__name__ = "g"; f.__qualname__ = "h"; print(f.__name__, f.__qualname__); f.__doc__ = "d"; print(f.__doc__)
f.__name__ = None
