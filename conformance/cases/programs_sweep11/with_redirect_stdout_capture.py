from contextlib import redirect_stdout, contextmanager
import io


def noisy(n):
    for i in range(n):
        print(f"step {i}")
    return n * 10


buf = io.StringIO()
with redirect_stdout(buf):
    result = noisy(3)
    print("inside", result)
captured = buf.getvalue()
print("captured lines:", captured.splitlines())
print("result", result)


@contextmanager
def capture():
    s = io.StringIO()
    with redirect_stdout(s):
        yield s


with capture() as out:
    print("a")
    with capture() as inner:
        print("b")
    print("c", inner.getvalue().strip())
print(repr(out.getvalue()))
