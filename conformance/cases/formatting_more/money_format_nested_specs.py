# A __format__ with its own spec suffix, nested f-string specs, % formatting on str and bytes.
class Money:
    def __init__(self, amount, cur="USD"):
        self.amount = amount; self.cur = cur
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cur} {self.amount:{spec[:-1] or ',.2f'}}"
        return format(self.amount, spec)
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
items = [Money(1234.5), Money(-3.14159, "EUR"), Money(10**7, "JPY")]
for m in items:
    print(f"[{m:>12,.2f}] [{m:c}] [{m:<+10.1fc}] [{m!r:^30}] [{m!s:.10}]")
w, p = 15, 3
for m in items:
    print(f"{m:{w}.{p}f}|{m:{'>' if m.amount > 0 else '<'}{w}}|{m.amount:{w}.{p}e}")
print(f"{'nested':*^{w + 5}}")
print("{0:{1}{2}}".format(3.5, "^", 10), "{:{}.{}}".format("abcdef", 8, 3))
print(format(1234567.891, "_.2f"), format(255, "#_b"), format(-0.0, "+.1f"), format(1e-7, "g"), format(123456789, "n"))
print(f"{3.0:#.0f} {12:#o} {255:#X} {0.5:.0%} {1/3:.3%} {1e300*10:f} {-1e300*10:E}")
print(f"{'x'!a:>5}|{'é'!a}|{'tab':\t>6}|")
data = {"a": [Money(1), Money(2, "GBP")], "b": (Money(3),)}
print(data)
print(repr([[Money(0.1 + 0.2)]]))
print("%-8s|%8.3f|%+05d|%x|%o|%e|%c|%%|%r" % ("hi", 3.14159, 42, 255, 8, 12345.678, 65, Money(1)))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7})
print("%*d|%-*.*f|" % (6, 42, 10, 2, 2.71828))
print("%s %s" % (b"bytes", bytearray(b"ba")), b"%s-%d-%05.1f" % (b"x", 3, 2.25))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    format(Money(1), "zz")
except ValueError as e:
    print("ValueError:", e)
