# A weak reference's callback that never returns, run when its referent is
# dropped: the instruction budget ends it like any loop.
# args: --max-instructions 1000000
# limit: instructions
import weakref


class C:
    pass


def spin(ref):
    while True:
        pass


c = C()
r = weakref.ref(c, spin)
del c
print("never printed")
