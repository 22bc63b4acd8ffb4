# finalize's repr (addresses cut) and several finalizers on one object:
# they run newest first when it dies.
import re
import weakref


class Obj:
    pass


o = Obj()
f1 = weakref.finalize(o, print, "first")
f2 = weakref.finalize(o, print, "second")
print(re.sub(r" at 0x[0-9a-f]+", "", repr(f1)))
del o
print(re.sub(r" at 0x[0-9a-f]+", "", repr(f1)))
print(f1.alive, f2.alive)
