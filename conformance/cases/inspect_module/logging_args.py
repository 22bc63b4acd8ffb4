import inspect

def log_calls(fn):
    sig = inspect.signature(fn)

    def wrapper(*args, **kwargs):
        ba = sig.bind(*args, **kwargs)
        ba.apply_defaults()
        shown = ", ".join(f"{k}={v!r}" for k, v in ba.arguments.items())
        print(f"call {fn.__name__}({shown})")
        return fn(*args, **kwargs)
    return wrapper

@log_calls
def greet(name, greeting="hello", *extra, punct="!", **opts):
    return f"{greeting} {name}{punct}"

print(greet("ann"))
print(greet("bob", "hi", 1, 2, punct="?", loud=True))
