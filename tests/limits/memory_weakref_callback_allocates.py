# A weak reference's callback that allocates without end: the memory
# limit stops it, as it stops a __del__.
# args: --max-memory 64M
# limit: memory
import weakref


class C:
    pass


def hog(ref):
    hoard = []
    while True:
        hoard.append([0] * 10000)


c = C()
r = weakref.ref(c, hog)
c = None
print("never printed")
