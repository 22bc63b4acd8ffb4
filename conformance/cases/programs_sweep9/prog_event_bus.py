from collections import defaultdict
class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
    def on(self, event, priority=0):
        def deco(fn):
            self._subs[event].append((priority, fn))
            self._subs[event].sort(key=lambda p: -p[0])
            return fn
        return deco
    def emit(self, event, *args, **kw):
        results = []
        for prio, fn in self._subs.get(event, []):
            try:
                res = fn(*args, **kw)
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
                continue
            if res is StopIteration:
                results.append(f"{fn.__name__} stopped propagation")
                break
            results.append(res)
        return results
bus = EventBus()
@bus.on("login", priority=5)
def audit(user, **kw): return f"audit {user} {sorted(kw.items())}"
@bus.on("login")
def greet(user, **kw): return f"hello {user.title()}"
@bus.on("login", priority=10)
def check(user, **kw):
    if user == "mallory":
        return StopIteration
    return "ok"
@bus.on("logout")
def bye(user): return 1 / 0
print(bus.emit("login", "alice", ip="1.2.3.4"))
print(bus.emit("login", "mallory"))
print(bus.emit("logout", "bob"), bus.emit("unknown"))
print(bus.emit("logout", user="x", extra=1))
print(sorted(bus._subs), len(bus._subs["login"]), "unknown" in bus._subs)
