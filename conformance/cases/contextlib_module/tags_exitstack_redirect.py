# contextmanager with handled and escaping exceptions, suppress, ExitStack (pop_all, callbacks), closing, redirect_stdout.
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled in tag:", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("kk")
print("after b")
try:
    with tag("c"):
        raise ValueError("vv")
except ValueError as e:
    print("outer caught", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print("null", v)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None)
        return self.n == 2
with ExitStack() as st:
    rs = [st.enter_context(Res(i)) for i in range(3)]
    st.callback(print, "callback ran")
    raise IndexError("boom")
print("stack done")
with ExitStack() as st:
    st.enter_context(Res(7))
    moved = st.pop_all()
print("popped")
moved.close()
class Thing:
    def close(self): print("Thing closed")
with closing(Thing()):
    print("using thing")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
@contextmanager
def bad():
    yield 1
    yield 2
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
with Res(1) as a, Res(2) as b:
    print("two", a.n, b.n)
try:
    with Res(0):
        raise TypeError("tt")
except TypeError as e:
    print("propagated", e)
