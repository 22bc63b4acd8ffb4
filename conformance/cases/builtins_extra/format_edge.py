# format(): default spec, specs for each built-in type, bad specs.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(format(5), format(5, ""), format(-5, "+"), format(255, "x"), format(255, "#X"), format(5, "08b"))
print(format(1234567, ","), format(1234567, "_"), format(3.14159, ".2f"), format(1e20, "g"))
print(format(0.5, "%"), format(-0.0, ""), format(float("nan"), "+"), format(1.5, "e"))
print(format("abc", ">6"), format("abc", "^7"), format("abc", "*<5"), format("abc", ".2"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format((1,)))
print(format(2**100, "x"), format(-(2**70), ","), format(10**30, "e"))
show("int s", format, 5, "s")
show("str d", format, "a", "d")
show("list spec", format, [1], "x")
show("none spec", format, None, "d")
show("bad spec", format, 5, "zz")
show("spec int", format, 5, 1)
show("spec none", format, 5, None)
show("noargs", format)
show("three", format, 1, "", 2)
show("kw", format, 1, format_spec="")
