class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents}c"
        amount = self.cents / 100
        return format(amount, spec or ".2f")
    def __str__(self): return f"M{self.cents}"
    def __repr__(self): return f"Money({self.cents})"
m = Money(12345)
print(f"{m}|{m:>10,.2f}|{m:c}|{m!s}|{m!r}")
print("{0} {0:.1f} {0!r:>12}".format(m))
print(format(m), format(m, "08.3f"))
class NoFmt: 
    def __repr__(self): return "NoFmt"
print(f"{NoFmt()}", format(NoFmt(), ""))
try:
    format(NoFmt(), "x")
except TypeError as e:
    print("TypeError", e)
class BadFmt:
    def __format__(self, spec): return 5
try:
    f"{BadFmt()}"
except TypeError as e:
    print("TypeError", e)
