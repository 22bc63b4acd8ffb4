# obj.__weakref__ is the first reference on the object's list, or None.
import weakref


class C:
    pass


c = C()
print(c.__weakref__)
r = weakref.ref(c, lambda ref: None)
print(c.__weakref__ is r)
basic = weakref.ref(c)
print(c.__weakref__ is basic)
del basic
print(type(C.__dict__["__weakref__"]).__name__)
