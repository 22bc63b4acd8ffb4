class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(KeyError):
    {}["missing"]
print("after KeyError")

with Suppress(ValueError, TypeError):
    int("x")
print("after ValueError")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


def count():
    n = 0
    for i in range(5):
        with Suppress(ZeroDivisionError):
            n += 10 // (i % 2)
    return n


print(count())


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return "yes"


with Truthy():
    raise RuntimeError("hidden")
print("truthy suppressed")
