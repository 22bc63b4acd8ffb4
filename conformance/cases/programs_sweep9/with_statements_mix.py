from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.name == "swallow"

log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"body {a.name}{b.name}")
with Resource("swallow", log):
    raise KeyError("gone")
try:
    with Resource("outer", log), Resource("swallow", log), Resource("inner", log):
        1 / 0
except ZeroDivisionError:
    log.append("not reached")
print("\n".join(log))

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print(t)
with tag("div"):
    raise ValueError("inside")
with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
with ExitStack() as st:
    for n in "xyz":
        st.enter_context(tag(n))
    st.callback(print, "callback ran")
with nullcontext(42) as v:
    print(v)
class Thing:
    def close(self): print("closed")
with closing(Thing()):
    print("using")
try:
    with tag("err"):
        raise TypeError("not handled")
except TypeError as e:
    print("outside", e)
