# getattr/hasattr on built-in objects, defaults, and bad names.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(getattr("abc", "upper")(), getattr([3, 1, 2], "index")(2), getattr(5, "real"))
print(getattr(1, "nope", "dflt"), getattr(1, "nope", None), getattr("s", "zfill")(3))
print(hasattr("s", "upper"), hasattr("s", "nope"), hasattr([], "append"), hasattr(1, "imag"))
print(hasattr(dict, "fromkeys"), getattr(dict, "fromkeys")("ab"), hasattr(int, "bit_length"))
print(getattr(ValueError("m"), "args"), hasattr(ValueError, "args"))
show("missing", getattr, 1, "nope")
show("missing str", getattr, "s", "nope")
show("missing type", getattr, int, "nope")
show("name int", getattr, 1, 2)
show("name int default", getattr, 1, 2, 3)
show("name none", hasattr, 1, None)
show("one", getattr, 1)
show("four", getattr, 1, "a", 2, 3)
show("kw", getattr, 1, "real", default=2)
show("hasattr one", hasattr, 1)
show("hasattr kw", hasattr, 1, name="x")
