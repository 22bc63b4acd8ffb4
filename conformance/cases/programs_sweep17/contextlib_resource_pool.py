# Resource pool managed with contextlib: contextmanager with error handling,
# ExitStack unwinding order, suppress, nullcontext, ContextDecorator and
# closing, with a log of every acquire/release.
import contextlib
from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing, ContextDecorator

LOG = []

class Conn:
    def __init__(self, name):
        self.name = name
        self.open = True
        LOG.append(f"open {name}")
    def query(self, q):
        if not self.open:
            raise RuntimeError(f"{self.name} is closed")
        if "DROP" in q:
            raise PermissionError(f"{q!r} refused")
        return f"{self.name}:{q.lower()}"
    def close(self):
        self.open = False
        LOG.append(f"close {self.name}")

@contextmanager
def transaction(conn):
    LOG.append(f"begin {conn.name}")
    try:
        yield conn
    except PermissionError as exc:
        LOG.append(f"rollback {conn.name}: {exc}")
        raise
    except KeyError:
        LOG.append(f"swallow KeyError in {conn.name}")
    else:
        LOG.append(f"commit {conn.name}")
    finally:
        LOG.append(f"end {conn.name}")

class timed(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        LOG.append(f"enter {self.label}")
        return self
    def __exit__(self, et, ev, tb):
        LOG.append(f"exit {self.label} {et.__name__ if et else 'ok'}")
        return False

@timed("report")
def report(conn):
    return conn.query("SELECT 1")

def flush(title):
    print(f"-- {title}")
    for line in LOG:
        print("  ", line)
    LOG.clear()

with closing(Conn("a")) as a, transaction(a) as tx:
    print(tx.query("SELECT name"))
flush("happy path")

try:
    with closing(Conn("b")) as b, transaction(b):
        b.query("DROP TABLE x")
except PermissionError as exc:
    print("caught:", exc)
flush("permission error")

with closing(Conn("c")) as c, transaction(c):
    {}["missing"]
print("continued after swallowed KeyError")
flush("swallowed")

with ExitStack() as stack:
    conns = [stack.enter_context(closing(Conn(f"p{i}"))) for i in range(3)]
    stack.callback(LOG.append, "callback registered last runs first")
    @stack.push
    def on_exit(et, ev, tb):
        LOG.append(f"push hook saw {et.__name__ if et else None}")
        return et is ValueError
    print([x.query("PING") for x in conns])
    raise ValueError("suppressed by push hook")
flush("exit stack")

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(LOG.append, "inner cb")
    moved = inner.pop_all()
    LOG.append("inner popped")
moved.close()
flush("pop_all")

with suppress(FileNotFoundError, ZeroDivisionError):
    LOG.append("before")
    1 / 0
    LOG.append("never")
with nullcontext(42) as value:
    LOG.append(f"nullcontext gave {value}")
print(report(Conn("r")))
try:
    with timed("outer"):
        report(Conn("s")).nothing
except AttributeError as exc:
    print("AttributeError:", exc)
flush("misc")

@contextmanager
def bad_generator():
    yield 1
    yield 2
try:
    with bad_generator():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc)
cm = transaction(Conn("z"))
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError, TypeError) as exc:
    print(type(exc).__name__, exc)
flush("errors")
