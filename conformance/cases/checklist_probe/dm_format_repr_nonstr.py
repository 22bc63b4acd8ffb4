class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 3
class SpecEcho:
    def __format__(self, spec):
        return f"<{spec}>"
class StrSub(str):
    pass
class ReprSub:
    def __repr__(self):
        return StrSub("sub")

for f in [lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: f"{BadRepr()!r}",
          lambda: [BadRepr()].__repr__(), lambda: str(BadStr()), lambda: f"{BadStr()}",
          lambda: "%s" % BadStr(), lambda: "%r" % BadRepr(), lambda: format(BadFormat()),
          lambda: f"{BadFormat():x}", lambda: "{}".format(BadFormat()), lambda: print(BadStr()),
          lambda: ascii(BadRepr()), lambda: str([BadRepr()]), lambda: f"{BadRepr()=}"]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(format(SpecEcho(), ">10"), f"{SpecEcho():{'x'}>{5}}", "{:abc}".format(SpecEcho()))
print(f"{SpecEcho()!s:>5}" if False else "skip")
print(repr(ReprSub()), type(repr(ReprSub())).__name__)
class Plain:
    pass
for spec in ["", "s", ">10", "d"]:
    try:
        r = format(Plain(), spec)
        print("ok", spec, r.startswith("<__main__.Plain object"))
    except TypeError as e:
        print(type(e).__name__, e)
class WithStr:
    def __str__(self):
        return "WS"
print(format(WithStr()), f"{WithStr()}", "{}".format(WithStr()))
try:
    format(WithStr(), ">5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "d", 3)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(WithStr(), ""))
try:
    object.__format__(WithStr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
str(BadStr())
