from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io

class Resource:
    def __init__(self, name, log, fail_exit=False):
        self.name, self.log, self.fail_exit = name, log, fail_exit
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.name == "swallow"

log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"body {a.name}{b.name}")
print(log)
log = []
with Resource("swallow", log):
    with Resource("inner", log):
        raise KeyError("x")
print(log)
log = []
try:
    with Resource("outer", log):
        1 / 0
except ZeroDivisionError as e:
    log.append(f"caught {e}")
print(log)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e!r} in {name}")
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("  text", t)
with tag("span"):
    raise ValueError("bad span")
print("after span")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print("inside", names)

class Closer:
    def close(self):
        print("closed!")
with closing(Closer()) as c:
    print("using closer")
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))

@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with tag("final"):
    raise KeyError("escapes")
