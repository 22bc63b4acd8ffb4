# Open a variable set of in-memory "files" with ExitStack, process them in
# a generator pipeline, and report which were closed.
import contextlib
import io


class Tracked(io.StringIO):
    closed_names = []

    def __init__(self, name, text):
        super().__init__(text)
        self.name = name

    def close(self):
        Tracked.closed_names.append(self.name)
        super().close()


SOURCES = {"a.txt": "x=1\ny=2\n", "b.txt": "# comment\nz=3\n", "c.txt": "bad line\n"}


def entries(files):
    for f in files:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise ValueError(f"{f.name}:{n}: expected key=value, got {line!r}")
            yield key, int(value)


for names in (["a.txt", "b.txt"], ["a.txt", "c.txt", "b.txt"]):
    Tracked.closed_names.clear()
    try:
        with contextlib.ExitStack() as stack:
            files = [stack.enter_context(Tracked(n, SOURCES[n])) for n in names]
            print(dict(entries(files)))
    except ValueError as e:
        print("ValueError:", e)
    print("closed:", Tracked.closed_names)
