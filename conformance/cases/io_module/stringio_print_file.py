# print(..., file=buf) and the context manager.
import io

buf = io.StringIO()
print("a", 1, 2.5, None, file=buf)
print("x", "y", sep="-", end="!\n", file=buf)
print(file=buf)
print("flushed", file=buf, flush=True)
print(repr(buf.getvalue()))

with io.StringIO() as f:
    print("inside", file=f)
    print(f.closed, repr(f.getvalue()))
print(f.closed)

def render(rows):
    out = io.StringIO()
    for name, score in rows:
        out.write(f"{name:<6}{score:>4}\n")
    return out.getvalue()

print(render([("ann", 10), ("bob", 7), ("cy", 100)]), end="")
