# ExitStack managing a variable number of resources, callbacks and a
# failure half-way through acquisition.
import contextlib


class Resource:
    def __init__(self, name, log, fail=False):
        self.name, self.log, self.fail = name, log, fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False


def use(names, fail_at=None):
    log = []
    try:
        with contextlib.ExitStack() as stack:
            handles = [stack.enter_context(Resource(n, log, n == fail_at)) for n in names]
            stack.callback(log.append, "callback ran")
            log.append("using " + ",".join(h.name for h in handles))
    except OSError as e:
        log.append(f"OSError: {e}")
    return log


print(use(["a", "b", "c"]))
print(use(["a", "b", "c"], fail_at="c"))
log = []
with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("kept", log))
    moved = stack.pop_all()
log.append("stack closed")
moved.close()
print(log)


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name
    finally:
        log.append(f"</{name}>")


log = []
try:
    with contextlib.ExitStack() as stack:
        for t in ("html", "body", "p"):
            stack.enter_context(tag(t, log))
        raise KeyError("inside")
except KeyError as e:
    log.append(f"caught {e}")
print(log)
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
    1 / 0
print("suppressed by pushed exit")
