from contextlib import contextmanager, ExitStack, suppress, nullcontext


class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        print("begin")
        return self

    def set(self, k, v):
        self.pending[k] = v

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)
            print("commit", sorted(self.pending))
        else:
            print(f"rollback ({exc_type.__name__}: {exc})")
        return exc_type is KeyError


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name
    finally:
        log.append(f"</{name}>")


store = {}
with Transaction(store) as tx:
    tx.set("a", 1)
    tx.set("b", 2)
print(store)
with Transaction(store) as tx:
    tx.set("c", 3)
    {}["missing"]
print("after suppressed KeyError", store)
try:
    with Transaction(store) as tx:
        tx.set("d", 4)
        raise ValueError("bad value")
except ValueError as e:
    print("propagated:", e)

log = []
with tag("html", log), tag("body", log) as b:
    log.append(b.upper())
print("".join(log))

log = []
with ExitStack() as stack:
    for n in ("ul", "li", "b"):
        stack.enter_context(tag(n, log))
    stack.callback(log.append, "callback")
    log.append("text")
print("".join(log))

with suppress(ZeroDivisionError, IndexError):
    print("before")
    [][3]
    print("never")
with nullcontext(42) as v:
    print("nullcontext", v)


@contextmanager
def failing():
    yield
    print("not reached when body raises")


try:
    with failing():
        raise LookupError("inner")
except LookupError as e:
    print("LookupError", e)
