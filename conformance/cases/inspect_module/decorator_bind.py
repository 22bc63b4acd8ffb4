import functools
import inspect

def typecheck(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name} must be {ann.__name__}, got {type(value).__name__}")
        return fn(*bound.args, **bound.kwargs)
    return wrapper

@typecheck
def scale(value: int, factor: float = 2.0, *, label: str = "x"):
    return f"{label}={value * factor}"

print(scale(3))
print(scale(3, 1.5, label="y"))
for args, kwargs in [(("3",), {}), ((3,), {"label": 5}), ((), {}), ((1, 2.0, 3), {})]:
    try:
        print(scale(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(scale))
