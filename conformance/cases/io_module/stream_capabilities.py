# readable/writable/seekable/flush/isatty on open and closed in-memory
# streams, and on the abstract bases.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for cls in (io.StringIO, io.BytesIO):
    s = cls()
    for name in ("readable", "writable", "seekable", "flush", "isatty"):
        attempt(f"{cls.__name__} open {name}", getattr(s, name))
    s.close()
    for name in ("readable", "writable", "seekable", "flush", "isatty"):
        attempt(f"{cls.__name__} closed {name}", getattr(s, name))

for label, cls in (("IOBase", io.IOBase), ("TextIOBase", io.TextIOBase),
                   ("BufferedIOBase", io.BufferedIOBase),
                   ("RawIOBase", io.RawIOBase)):
    b = cls()
    for name in ("readable", "writable", "seekable", "flush", "isatty"):
        attempt(f"{label} {name}", getattr(b, name))
    print(label, "closed", b.closed)
    b.close()
    b.close()
    print(label, "closed", b.closed)
    for name in ("readable", "flush", "isatty"):
        attempt(f"{label} closed {name}", getattr(b, name))


class Collect(io.TextIOBase):
    """A user stream: print() writes through write()."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print("a", 1, sep="-", file=c)
print(c.parts, c.writable(), c.closed)
with c:
    pass
print(c.closed)
