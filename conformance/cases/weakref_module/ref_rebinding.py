# Rebinding a name releases the old object at the store.
import weakref


class C:
    def __init__(self, n):
        self.n = n


def report(label):
    return lambda ref: print("died:", label)


x = C(1)
r1 = weakref.ref(x, report("first"))
print("rebinding")
x = C(2)
print("rebound to", x.n)
r2 = weakref.ref(x, report("second"))
x = None
print("end", r1() is None, r2() is None)
