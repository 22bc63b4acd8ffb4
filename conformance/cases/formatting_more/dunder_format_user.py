class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        if spec.startswith("w"):
            return f"${self.cents / 100:>{spec[1:]}.2f}"
        raise ValueError(f"bad Money spec {spec!r}")
    def __str__(self):
        return "Money-str"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:cents}", f"[{m:w10}]", format(m), format(m, "cents"), "{}".format(m), "{:cents}".format(m))
print(f"{m!s}", f"{m!r}", "{!r:>12}".format(m), "%s %r" % (m, m), str(m))
try:
    f"{m:xyz}"
except ValueError as e:
    print(type(e).__name__, e)
class BadReturn:
    def __format__(self, spec):
        return 42
try:
    format(BadReturn())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
class Temp(float):
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1]) + "°C"
        return super().__format__(spec)
t = Temp(21.456)
print(f"{t:.1fC}", f"{t:.2f}", f"{t}", format(t, "8.1C"), repr(t))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in (self.x, self.y)) + ")"
print(f"{Pt(1, 2.5):.2f}", f"{Pt(3, 4):>4}", "{0:03d}".format(Pt(7, 8)))
class Echo:
    def __format__(self, spec):
        return "spec=" + repr(spec)
print(f"{Echo():{'x'}{1 + 1}}", "{:{}}".format(Echo(), "nested"), f"{Echo():}")
class SubInt(int):
    def __format__(self, spec):
        return "SubInt:" + int.__format__(self, spec)
print(f"{SubInt(5):03}", "%d" % SubInt(5), str(SubInt(5)), format(SubInt(255), "x"))
