# The order of __enter__/__exit__ calls in nested and multi-item with
# statements, and an error in the middle item's __enter__.
log = []


class CM:
    def __init__(self, name, fail_enter=False, swallow=False):
        self.name, self.fail_enter, self.swallow = name, fail_enter, swallow

    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.swallow


with CM("a") as a, CM("b") as b:
    log.append(f"body {a}{b}")
print(log)
log.clear()
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()
with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError("x")
    log.append("not reached")
log.append("after")
print(log)
log.clear()
with (CM("p") as p,
      CM("q") as q):
    log.append(p + q)
print(log)
