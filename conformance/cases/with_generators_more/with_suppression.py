class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print("  no exception")
            return None
        handled = issubclass(et, self.types)
        print(f"  exit sees {et.__name__}: {ev} -> {'suppress' if handled else 'propagate'}")
        return handled
def attempt(exc, *types):
    try:
        with Suppress(*types):
            if exc is not None:
                raise exc
            print("  body finished")
        print("  after with")
        return "ok"
    except Exception as e:
        return f"escaped {type(e).__name__}"
print(attempt(None, ValueError))
print(attempt(ValueError("bad"), ValueError))
print(attempt(KeyError("k"), LookupError))
print(attempt(TypeError("t"), ValueError))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("truthy suppressed")
try:
    with Falsy():
        raise RuntimeError("not swallowed")
except RuntimeError as e:
    print("falsy propagated", e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("  ", 10 / (1 - i))
    return "done"
print(f())
