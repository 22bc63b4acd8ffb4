# An event source that keeps its observers weakly: a dropped observer
# is simply no longer notified.
import weakref


class Source:
    def __init__(self):
        self._observers = weakref.WeakSet()
        self._handlers = []

    def subscribe(self, obs):
        self._observers.add(obs)

    def on(self, method):
        self._handlers.append(weakref.WeakMethod(method))

    def emit(self, event):
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.notify(event)
        for wm in self._handlers:
            m = wm()
            if m is not None:
                m(event)
        self._handlers = [wm for wm in self._handlers if wm() is not None]


class Observer:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(self.name, "got", event)

    def handle(self, event):
        print(self.name, "handled", event)


src = Source()
o1, o2 = Observer("o1"), Observer("o2")
src.subscribe(o1)
src.subscribe(o2)
src.on(o1.handle)
src.on(o2.handle)
src.emit("start")
del o1
src.emit("next")
print(len(src._observers), len(src._handlers))
