# A decorator that copies metadata by hand, the way functools.wraps does.
ASSIGNED = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")


def wraps(wrapped):
    def decorate(wrapper):
        for attr in ASSIGNED:
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                continue
            setattr(wrapper, attr, value)
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorate


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", wrapper.__name__)
        return func(*args, **kwargs)
    return wrapper


def tagged(tag):
    def decorate(func):
        func.tag = tag
        return func
    return decorate


@logged
@tagged("math")
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.tag)
print(add.__wrapped__.__name__, add.__wrapped__(4, 5))
print(add.__wrapped__ is not add, hasattr(add.__wrapped__, "__wrapped__"))


def unwrap(f):
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
    return f


@logged
@logged
def twice():
    return "done"


print(twice())
print(unwrap(twice)())
