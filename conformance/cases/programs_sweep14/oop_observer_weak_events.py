# An event emitter with priorities, one-shot listeners, and listener
# errors collected into an ExceptionGroup after all listeners ran.
class Emitter:
    def __init__(self):
        self.listeners = {}

    def on(self, event, fn=None, *, priority=0, once=False):
        def register(f):
            self.listeners.setdefault(event, []).append((priority, once, f))
            self.listeners[event].sort(key=lambda item: -item[0])
            return f
        return register(fn) if fn else register

    def emit(self, event, *args):
        errors, results = [], []
        for entry in list(self.listeners.get(event, [])):
            priority, once, f = entry
            if once:
                self.listeners[event].remove(entry)
            try:
                results.append(f(*args))
            except Exception as e:
                e.add_note(f"listener {f.__name__} for {event!r}")
                errors.append(e)
        if errors:
            raise ExceptionGroup(f"{len(errors)} listener(s) failed", errors)
        return results


bus = Emitter()


@bus.on("save", priority=5)
def validate(doc):
    if not doc.get("title"):
        raise ValueError("title required")
    return "valid"


@bus.on("save")
def index(doc):
    return f"indexed {doc.get('title')}"


@bus.on("save", once=True, priority=9)
def welcome(doc):
    return "first save!"


print(bus.emit("save", {"title": "a"}))
print(bus.emit("save", {"title": "b"}))
try:
    bus.emit("save", {})
except ExceptionGroup as eg:
    print(eg.message, [(str(e), e.__notes__) for e in eg.exceptions])
print(bus.emit("unknown"))
