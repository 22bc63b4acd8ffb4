# Calling a finalizer early, detach() and peek().
import weakref


class Obj:
    pass


o = Obj()
f = weakref.finalize(o, print, "called", 1, sep="-")
obj, func, args, kwargs = f.peek()
print(obj is o, func is print, args, kwargs)
print(f(), f.alive, f.peek(), f())
g = weakref.finalize(o, print, "never")
det = g.detach()
print(det[0] is o, det[2], g.alive, g.detach(), g.peek())
h = weakref.finalize(o, lambda: "result")
print(h())
del o
print("end")
