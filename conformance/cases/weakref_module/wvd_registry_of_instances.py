# A class that tracks its live instances in a WeakValueDictionary by id.
import weakref


class Tracked:
    _live = weakref.WeakValueDictionary()
    _next = 0

    def __init__(self, label):
        self.label = label
        Tracked._next += 1
        self.key = Tracked._next
        Tracked._live[self.key] = self

    @classmethod
    def live(cls):
        return sorted(obj.label for obj in cls._live.values())


a = Tracked("a")
b = Tracked("b")
tmp = [Tracked("t%d" % i) for i in range(3)]
print(Tracked.live())
tmp = None
print(Tracked.live())


def scope():
    c = Tracked("c")
    print("inside", Tracked.live())


scope()
print(Tracked.live())
del a
print(Tracked.live(), len(Tracked._live))
