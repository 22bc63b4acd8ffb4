# Inside its callback the reference is already dead, and new weak
# references to other objects work.
import weakref


class C:
    pass


keep = C()
made = []


def cb(ref):
    print("ref() is None:", ref() is None)
    made.append(weakref.ref(keep))
    print("new ref alive:", made[-1]() is keep)


c = C()
r = weakref.ref(c, cb)
del c
print(len(made), weakref.getweakrefcount(keep))
