# A __del__ that stores self keeps the object alive: its weak references
# stay alive too. When it dies again __del__ does not run a second time,
# and the references are cleared then.
import weakref

saved = []


class Phoenix:
    def __del__(self):
        print("__del__")
        saved.append(self)


p = Phoenix()
r = weakref.ref(p, lambda ref: print("callback"))
del p
print("resurrected:", r() is saved[0])
saved.clear()
print("cleared:", r() is None)
