# A missing dunder that moat never withholds (an exception's chain and
# notes, `__module__`, `__annotations__`, a generic's parts, a dataclass's
# fields) fails with CPython's "object has no attribute" message, not the
# sandbox's refusal (round 14).
names = ["__notes__", "__cause__", "__context__", "__suppress_context__", "__traceback__",
         "__module__", "__annotations__", "__isabstractmethod__", "__origin__", "__args__",
         "__parameters__", "__orig_bases__", "__dataclass_fields__", "__dataclass_params__"]
for obj in [ValueError("x"), None, 5, object(), [1], "s", len]:
    for name in names:
        try:
            value = getattr(obj, name)
        except AttributeError as e:
            print(type(obj).__name__, name, "AttributeError:", e)
        else:
            print(type(obj).__name__, name, "->", repr(value)[:40])
e = ValueError("no notes yet")
print(hasattr(e, "__notes__"), getattr(e, "__notes__", []))
e.add_note("now one")
print(e.__notes__)
try:
    raise KeyError("k")
except KeyError as err:
    print(err.__context__, err.__cause__, err.__suppress_context__)
    try:
        err.__context__.__context__
    except AttributeError as inner:
        print("AttributeError:", inner)
