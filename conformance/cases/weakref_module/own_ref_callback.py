# An object that holds a weak reference to itself (no cycle): freed by
# its last `del`, the reference it held is called back, before the
# object's dict (and so the reference) goes.
import weakref


class Handle:
    def __init__(self, name):
        self.name = name
        self.ref = weakref.ref(self, lambda r, n=name: print("closing", n))


h = Handle("h1")
del h
print("after h1")


def use():
    tmp = Handle("h2")
    return tmp.name


print(use())
