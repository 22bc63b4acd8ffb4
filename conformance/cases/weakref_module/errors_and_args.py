# Argument errors of the constructors and of calling a reference.
import weakref


class C:
    pass


o = C()
tests = [
    lambda: weakref.ref(),
    lambda: weakref.ref(o, None, 3),
    lambda: weakref.ref(o, callback=None),
    lambda: weakref.ref(o)(1),
    lambda: weakref.ref(o)(a=1),
    lambda: weakref.proxy(),
    lambda: weakref.proxy(o, None, 1),
    lambda: weakref.getweakrefcount(),
    lambda: weakref.finalize(o),
    lambda: weakref.WeakMethod(o),
    lambda: weakref.WeakSet(5),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
