# Finalizers still alive at exit run then, newest first, unless their
# atexit flag was cleared.
import weakref


class Obj:
    pass


keep = [Obj() for _ in range(4)]
fs = [weakref.finalize(o, print, "exit finalizer", i) for i, o in enumerate(keep)]
fs[1].atexit = False
print(fs[1].atexit, fs[2].atexit)
fs[3]()
print("end of script")
