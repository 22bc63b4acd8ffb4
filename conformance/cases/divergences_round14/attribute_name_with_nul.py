# An attribute name with a NUL in it is a name of its own: `'real\x00'` is
# not `real` (moat compared names with the C strings of its method tables
# up to the first NUL, round 14).
def f():
    pass


names = ["real\x00", "real\x00\x00\x00\x00", "append\x00x", "__len__\x00", "upper\x00",
         "__globals__\x00", "__class__\x00", "\x00", "bit_length\x00"]
for obj in [5, [1], "s", f, int, {}.keys()]:
    for name in names:
        try:
            value = getattr(obj, name)
        except AttributeError as e:
            print(type(obj).__name__, repr(name), "AttributeError:", repr(str(e)))
        else:
            print(type(obj).__name__, repr(name), "->", type(value).__name__)
        print("  hasattr:", hasattr(obj, name))
try:
    setattr([], "append\x00", 1)
except AttributeError as e:
    print("AttributeError:", repr(str(e)))


class C:
    pass


c = C()
setattr(c, "x\x00", 1)
print(hasattr(c, "x"), getattr(c, "x\x00"), sorted(vars(c)))
