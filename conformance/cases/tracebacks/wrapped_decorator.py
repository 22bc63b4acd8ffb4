import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@logged
def divide(a, b):
    return a / b
print(divide.__name__, divide.__wrapped__.__name__)
print(divide(6, 3))
divide(1, 0)
