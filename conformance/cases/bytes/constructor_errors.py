# Error texts of the constructors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for make in (bytes, bytearray):
    show(lambda: make("abc"))
    show(lambda: make(encoding="utf-8"))
    show(lambda: make(errors="strict"))
    show(lambda: make(1, "utf-8"))
    show(lambda: make([1], errors="strict"))
    show(lambda: make(-1))
    show(lambda: make(1.5))
    show(lambda: make(None))
    show(lambda: make([256]))
    show(lambda: make([-1]))
    show(lambda: make(["a"]))
    show(lambda: make([1.0]))
    show(lambda: make("a", 1))
    show(lambda: make("a", "utf-8", 2))
    show(lambda: make("a", "nope"))
    show(lambda: make(1, 2, 3, 4))
    show(lambda: make(value=1))
show(lambda: bytes("a", errors="strict"))
