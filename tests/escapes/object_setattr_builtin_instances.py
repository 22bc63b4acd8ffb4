# Writing attributes, dunders included, onto instances of built-in types:
# a write that succeeded would change behaviour every interpreter shares
# (built-in types are shared) or reinterpret an object. Each spelling must
# fail with an AttributeError or TypeError and leave the object unchanged.
# expect-output: accepted 0
# expect-output: unchanged True
targets = [5, 2.5, 3j, "text", b"raw", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(),
           range(3), slice(1), object(), None, True, len, iter([]), print, (x for x in ()),
           NotImplemented, Ellipsis]
names = ["__class__", "__dict__", "__doc__", "__len__", "__add__", "__hash__", "__eq__",
         "__getattribute__", "__setattr__", "__init__", "__new__", "__subclasses__", "__mro__",
         "__globals__", "__code__", "__reduce_ex__", "__init_subclass__", "__slots__", "real",
         "start", "append", "__module__", "__qualname__", "__name__", "__self__", "x"]
accepted = 0
before = [repr(t) for t in targets]
for target in targets:
    for name in names:
        for write in (lambda: setattr(target, name, 1),
                      lambda: object.__setattr__(target, name, 1),
                      lambda: delattr(target, name)):
            try:
                write()
            except (AttributeError, TypeError):
                pass
            else:
                if not (callable(target) and name in ("__doc__", "__qualname__", "__name__",
                                                      "__module__")):
                    accepted += 1
                    print("accepted", type(target).__name__, name)
print("accepted", accepted)
print("unchanged", [repr(t) for t in targets] == before and (5).__add__(1) == 6)
