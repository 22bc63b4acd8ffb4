# KeyedRef carries a key for its callback.
import weakref


class C:
    pass


removed = []
c = C()
k = weakref.KeyedRef(c, lambda r: removed.append(r.key), "the-key")
print(k.key, k() is c, type(k).__name__)
del c
print(removed, k() is None)
try:
    weakref.KeyedRef(C(), None)
except TypeError as e:
    print("TypeError", e)
