class Tracer:
    depth = 0

    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("  " * Tracer.depth + f"enter {self.name}")
        Tracer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print("  " * Tracer.depth + f"exit {self.name} ({status})")
        return exc_type is not None and issubclass(exc_type, self.swallow)


with Tracer("outer") as t:
    print("name is", t.name)
    with Tracer("inner", swallow=(KeyError,)):
        {}["missing"]
    print("after inner")

try:
    with Tracer("a"), Tracer("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught ValueError", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
        else:
            print("committed")
        return False


db = {"alice": 100, "bob": 50}
with Transaction(db) as s:
    s["alice"] -= 30
    s["bob"] += 30
print(db)
try:
    with Transaction(db) as s:
        s["alice"] -= 500
        if s["alice"] < 0:
            raise ValueError("insufficient funds")
except ValueError:
    pass
print(db)


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


with Suppress(ZeroDivisionError, IndexError) as sup:
    1 / 0
print(type(sup.caught).__name__, sup.caught)
with Suppress(IndexError) as sup:
    pass
print(sup.caught)


def use():
    with Tracer("in-func"):
        return "returned"


print(use())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
