import contextlib
import io
import sys


def noisy_task(n):
    for i in range(n):
        print(f"step {i}")
    print("warning: almost done", file=sys.stderr)
    return n * 10


out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    result = noisy_task(3)
print("result", result)
print("captured stdout:", out.getvalue().splitlines())
print("captured stderr:", err.getvalue().strip())


@contextlib.contextmanager
def section(title):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        yield buf
    body = buf.getvalue().rstrip("\n").splitlines()
    width = max([len(title)] + [len(l) for l in body]) + 4
    print("+" + "-" * (width - 2) + "+")
    print(f"| {title:<{width - 4}} |")
    for l in body:
        print(f"| {l:<{width - 4}} |")
    print("+" + "-" * (width - 2) + "+")


with section("Summary"):
    print("items: 42")
    print("errors: 0")
    print("a much longer line of output")


class Closer:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with contextlib.closing(Closer("db")) as c:
    print("using", c.name)
with contextlib.ExitStack() as stack:
    for n in "abc":
        stack.callback(print, "callback", n)
    print("body")
print(contextlib.suppress(KeyError).__class__.__name__)
