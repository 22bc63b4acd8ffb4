import functools

def check_positive(func):
    @functools.wraps(func)
    def wrapper(*args):
        for a in args:
            if a < 0:
                raise ValueError(f"{func.__name__}: negative argument {a}")
        return func(*args)
    return wrapper

def register(name):
    def deco(cls):
        cls.registered = name.upper()
        return cls
    return deco

@check_positive
def area(w, h):
    return w * h

print(area(2, 3), area.__name__, area.__wrapped__.__name__)
try:
    area(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)

@register("shape")
class Shape:
    pass
print(Shape.registered)

@register(None)
class Broken:
    pass
