from collections import defaultdict
from contextlib import contextmanager, suppress, ExitStack
import weakref, functools, traceback

class Event:
    __slots__ = ("name", "payload", "cancelled")
    def __init__(self, name, **payload):
        self.name, self.payload, self.cancelled = name, payload, False
    def __repr__(self):
        return f"Event({self.name!r}, {self.payload})"

class Bus:
    def __init__(self):
        self._subs = defaultdict(list)
        self.log = []
    def on(self, name, priority=0):
        def deco(fn):
            self._subs[name].append((priority, len(self._subs[name]), fn))
            self._subs[name].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco
    def emit(self, name, **payload):
        ev = Event(name, **payload)
        errors = []
        for pri, _, fn in list(self._subs[name]) + list(self._subs["*"]):
            if ev.cancelled:
                self.log.append(f"cancelled before {fn.__name__}")
                break
            try:
                r = fn(ev)
                self.log.append(f"{fn.__name__}->{r!r}")
            except Exception as e:
                errors.append(e)
                self.log.append(f"{fn.__name__}!{type(e).__name__}")
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {name}", errors)
        return ev

bus = Bus()
@bus.on("order", priority=5)
def validate(ev):
    if ev.payload.get("qty", 0) <= 0:
        ev.cancelled = True
        return "invalid"
    return "ok"
@bus.on("order")
def charge(ev):
    if ev.payload["qty"] > 100:
        raise ValueError(f"qty too large: {ev.payload['qty']}")
    return ev.payload["qty"] * 2.5
@bus.on("order", priority=1)
def audit(ev):
    if ev.payload.get("user") is None:
        raise KeyError("user")
    return f"audited {ev.payload['user']}"
@bus.on("*")
def wildcard(ev):
    return ev.name.upper()

for payload in [dict(qty=2, user="ann"), dict(qty=0, user="bob"), dict(qty=500), dict(qty=3)]:
    try:
        ev = bus.emit("order", **payload)
        print("emitted", ev, ev.cancelled)
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key errors:", [repr(e) for e in eg.exceptions], eg.message)
print(bus.log)
print(bus.emit("ping"))

@contextmanager
def span(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append(f"swallowed {e}")
    finally:
        log.append(f"exit {name}")
log = []
with span("a", log) as s:
    log.append(s)
    with span("b", log):
        1 / 0
    log.append("after b")
print(log)
with ExitStack() as stack:
    names = [stack.enter_context(span(n, log)) for n in "xyz"]
    stack.callback(log.append, "callback ran")
    print(names)
print(log[-7:])
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with span("c", log):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("RuntimeError", e, log[-1])
class Obs:
    def __init__(self, n): self.n = n
o = Obs(1)
r = weakref.ref(o)
print(r() is o, r().n)
cache = weakref.WeakValueDictionary()
cache["k"] = o
print(list(cache.keys()), len(cache))
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, "".join(traceback.format_exception_only(type(e), e)).strip())
