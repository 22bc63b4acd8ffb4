# __format__ receives the spec (after conversion-less f-strings and
# format()); object.__format__ refuses a non-empty spec; the result must
# be a str.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("spec:", repr(spec))
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec.endswith("c"):
            return f"{self.cents:{spec[:-1]}d}c"
        return format(self.cents / 100, spec)


m = Money(1234)
print(format(m))
print(f"{m}|{m:>10.1f}|{m:5c}|{m!r:.5}")
print("{0:,.3f} {0}".format(m))
width = 8
print(f"{m:>{width}.{2}f}")

class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(Plain(), "")[:8])

class BadReturn:
    def __format__(self, spec):
        return 42
try:
    format(BadReturn())
except TypeError as e:
    print("TypeError", e)
try:
    f"{BadReturn()}"
except TypeError as e:
    print("TypeError", e)

class StrSub(str):
    pass
class ReturnsSub:
    def __format__(self, spec):
        return StrSub("sub")
r = format(ReturnsSub())
print(r, type(r).__name__)

try:
    format(m, 5)
except TypeError as e:
    print("TypeError", e)

class Inherit(int):
    pass
print(format(Inherit(255), "#x"), f"{Inherit(3):03}")
print(format(True, ""), format(True, "d"), format(True, "^6"))
print(format(None, ""), f"{None!s:>6}")
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError", e)
