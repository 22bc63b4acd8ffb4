import functools
import inspect

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a: int, b: int = 0) -> int:
    return a + b

print(inspect.signature(add))
print(inspect.signature(add, follow_wrapped=False))
print(inspect.unwrap(add) is add.__wrapped__)

@deco
@deco
def twice(x, *, y):
    pass

print(inspect.signature(twice))
print(inspect.unwrap(twice).__name__)
print(inspect.unwrap(twice, stop=lambda f: f.__wrapped__.__wrapped__ is not None
                     if hasattr(f.__wrapped__, "__wrapped__") else True) is twice)

def marked(x):
    pass

marked.__signature__ = inspect.Signature([inspect.Parameter("q", 1)])
print(inspect.signature(marked))
marked.__signature__ = "nope"
try:
    inspect.signature(marked)
except TypeError as e:
    print("TypeError", e)
