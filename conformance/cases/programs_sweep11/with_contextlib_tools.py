from contextlib import contextmanager, suppress, redirect_stdout, closing, ExitStack
import io


@contextmanager
def section(title):
    print(f"== {title} ==")
    yield
    print(f"== end {title} ==")


class Conn:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


buf = io.StringIO()
with redirect_stdout(buf):
    with section("captured"):
        print("inside")
print(repr(buf.getvalue()))
with closing(Conn("db")) as c:
    print("using", c.name)
with suppress(KeyError):
    with section("suppressed"):
        {}["x"]
print("after")
with ExitStack() as st:
    for n in ("a", "b"):
        st.enter_context(closing(Conn(n)))
    st.callback(lambda: print("callback first"))
    print("stack body")


def first_ok(paths):
    for p in paths:
        with ExitStack() as st:
            try:
                st.enter_context(section(p))
                if p.startswith("bad"):
                    raise OSError(f"cannot open {p}")
                return p
            except OSError as e:
                print("skip:", e)
    return None


print(first_ok(["bad1", "good", "bad2"]))
