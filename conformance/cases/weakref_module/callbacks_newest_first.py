# Several references with callbacks to one object: called newest first.
import weakref


class C:
    pass


c = C()
refs = [weakref.ref(c, lambda r, i=i: print("callback", i)) for i in range(4)]
plain = weakref.ref(c)
print(weakref.getweakrefcount(c))
del c
print(plain() is None)
