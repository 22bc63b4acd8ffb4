# A lock-like resource built with @contextmanager, nested acquisition
# detection, a timeout-style error, and usage as a decorator.
import contextlib


class Resource:
    def __init__(self, name):
        self.name, self.holder = name, None

    @contextlib.contextmanager
    def held_by(self, who):
        if self.holder is not None:
            raise RuntimeError(f"{self.name} already held by {self.holder}")
        self.holder = who
        print(f"  {who} acquired {self.name}")
        try:
            yield self
        finally:
            print(f"  {who} released {self.name}")
            self.holder = None


printer = Resource("printer")
with printer.held_by("ann") as r:
    print("printing as", r.holder)
try:
    with printer.held_by("bob"):
        with printer.held_by("cy"):
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
print("holder now", printer.holder)


@printer.held_by("decorated")
def job(pages):
    return f"{pages} pages by {printer.holder}"


print(job(3), printer.holder)
print(job(1))
try:
    with printer.held_by("dan"):
        raise KeyError("paper jam")
except KeyError as e:
    print("KeyError:", e, "holder:", printer.holder)
