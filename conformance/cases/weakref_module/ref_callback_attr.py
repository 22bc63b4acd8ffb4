# __callback__ reads the callback, or None; it is dropped once called.
import weakref


class C:
    pass


def cb(ref):
    print("in callback:", ref.__callback__)


c = C()
r = weakref.ref(c, cb)
print(r.__callback__ is cb, weakref.ref(c).__callback__)
del c
print(r.__callback__)
