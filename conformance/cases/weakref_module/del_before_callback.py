# __del__ runs first, then the weak references are cleared and called.
import weakref


class C:
    def __del__(self):
        print("__del__, ref still answers:", r() is self)


c = C()
r = weakref.ref(c, lambda ref: print("callback, ref is dead:", ref() is None))
print("del")
del c
print("end")
