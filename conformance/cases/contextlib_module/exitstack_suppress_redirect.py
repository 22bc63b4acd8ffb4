from contextlib import ExitStack, suppress, nullcontext, closing, redirect_stdout, AbstractContextManager
import io
class R:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as st:
    vals = [st.enter_context(R(i)) for i in range(3)]
    st.callback(print, "callback A")
    st.callback(lambda *a, **k: print("callback B", a, k), 1, x=2)
    print("values", vals)
def cleanup_raiser():
    raise ValueError("from callback")
try:
    with ExitStack() as st:
        st.callback(print, "runs even after raiser")
        st.callback(cleanup_raiser)
        st.enter_context(R("r"))
except ValueError as e:
    print("ValueError", e)
with ExitStack() as st:
    st.enter_context(R("kept"))
    moved = st.pop_all()
print("moved not closed yet")
moved.close()
with ExitStack() as st:
    st.push(lambda et, ev, tb: print("push saw", et.__name__) or True)
    raise KeyError
print("suppressed via push")
try:
    with ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print("TypeError", e)
with suppress(KeyError, IndexError):
    {}["x"]
print("suppress ok")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError", e)
with suppress():
    pass
with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)
class Res:
    def close(self): print("Res closed")
with closing(Res()) as r:
    print("using", type(r).__name__)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("got:", repr(buf.getvalue()))
outer = io.StringIO(); inner = io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit"); return None
with Mine() as m:
    print(type(m).__name__)
print(isinstance(nullcontext(), AbstractContextManager))
