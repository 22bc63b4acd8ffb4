# __slots__ without __weakref__ refuses weak references; with it, or in a
# subclass that gets a dict, they work.
import weakref


class Plain:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


class Sub(Plain):
    pass


for cls in (Plain, WithWeak, Sub):
    try:
        obj = cls()
        r = weakref.ref(obj)
        del obj
        print(cls.__name__, "ok", r() is None)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
print("__weakref__" in WithWeak.__dict__, "__weakref__" in Plain.__dict__)
