# Optional resources with nullcontext: the same code path works with and
# without a real context manager; nullcontext's enter_result.
import contextlib
import io


def write_report(lines, stream=None):
    cm = contextlib.nullcontext(stream) if stream is not None else contextlib.redirect_stdout(io.StringIO())
    with cm as target:
        for line in lines:
            print(line, file=target if stream is not None else None)
        return target


buf = io.StringIO()
result = write_report(["a", "b"], buf)
print(repr(buf.getvalue()), result is buf)
hidden = write_report(["c"])
print(type(hidden).__name__, repr(hidden.getvalue()) if hasattr(hidden, "getvalue") else hidden)
with contextlib.nullcontext() as nothing:
    print("nothing:", nothing)
with contextlib.nullcontext(42) as value:
    print("value:", value)
try:
    with contextlib.nullcontext():
        raise KeyError("not suppressed")
except KeyError as e:
    print("KeyError:", e)
