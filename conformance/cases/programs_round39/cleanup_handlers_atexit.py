# Cleanup handlers with atexit: a job runner registers handlers that run
# when the program ends (newest first, weakref.finalize's exit hook in its
# place among them), unregisters one, and the program then ends with an
# uncaught exception; the handlers still run after it.
import atexit
import weakref


class TempStore:
    live = []

    def __init__(self, name):
        self.name = name
        self.items = []
        TempStore.live.append(name)
        atexit.register(self.close, reason="exit")

    def close(self, reason):
        if self.name in TempStore.live:
            TempStore.live.remove(self.name)
            print(f"closed {self.name} ({reason}) with {len(self.items)} items")


class Job:
    def __init__(self, name):
        self.name = name
        weakref.finalize(self, print, f"finalizer: job {name} released")


def summary(title, *, counts):
    print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


stats = {"ok": 0, "failed": 0}
atexit.register(summary, "run summary", counts=stats)
a = TempStore("cache")
b = TempStore("scratch")
keep = Job("nightly")


@atexit.register
def goodbye():
    print("goodbye from the last registered handler")


def noisy():
    print("this handler was unregistered and never runs")


atexit.register(noisy)
atexit.unregister(noisy)
print(atexit.register(len) is len, atexit._ncallbacks() >= 5)
atexit.unregister(len)

for n in [3, 0, 7, "x", 2]:
    try:
        a.items.append(10 // n)
        stats["ok"] += 1
    except (ZeroDivisionError, TypeError) as e:
        b.items.append(repr(e))
        stats["failed"] += 1
b.close("early")
print("live stores:", TempStore.live)
try:
    atexit.register("not callable")
except TypeError as e:
    print("TypeError:", e)
raise RuntimeError(f"{stats['failed']} jobs failed")
