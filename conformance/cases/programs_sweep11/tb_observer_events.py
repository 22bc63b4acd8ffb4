class EventBus:
    def __init__(self):
        self._subs = {}

    def on(self, event, fn=None):
        if fn is None:
            def deco(f):
                self.on(event, f)
                return f
            return deco
        self._subs.setdefault(event, []).append(fn)
        return fn

    def off(self, event, fn):
        try:
            self._subs[event].remove(fn)
        except (KeyError, ValueError):
            raise LookupError(f"{getattr(fn, '__name__', fn)} not subscribed to {event!r}") from None

    def emit(self, event, *args, **kwargs):
        results = []
        for fn in list(self._subs.get(event, [])):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
        return results


bus = EventBus()


@bus.on("login")
def greet(user):
    return f"hello {user}"


@bus.on("login")
def audit(user, ip="?"):
    return f"audit {user}@{ip}"


@bus.on("login")
def broken(user):
    return user["name"]


print(bus.emit("login", "ann"))
print(bus.emit("login", "bob", ip="10.0.0.1"))
bus.off("login", broken)
print(bus.emit("login", user="cy"))
print(bus.emit("logout"))
try:
    bus.off("login", broken)
except LookupError as e:
    print("LookupError", e)
try:
    bus.off("nope", print)
except LookupError as e:
    print("LookupError", e)
