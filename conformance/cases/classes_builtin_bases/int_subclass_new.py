# int subclasses: int.__new__ forms, base argument, big values, errors.
class I(int):
    pass

print(I(), I(7), I("42"), I("ff", 16), I("0x10", 0), I(3.9), I(True), type(I(True)).__name__)
big = I(2 ** 100)
print(big, big + 1, big == 2 ** 100, type(big).__name__, hash(big) == hash(2 ** 100))
print(I(-5) // 2, I(7) << 2, I(-1) ** 2, I(5) / 2, I(6) & 3, ~I(0), type(I(2) ** 3).__name__)


class Bounded(int):
    def __new__(cls, value, limit=10):
        if value > limit:
            value = limit
        return super().__new__(cls, value)


print(Bounded(5), Bounded(50), Bounded(50, 20), Bounded(-3))


class Flag(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __new__(cls, value):
        obj = int.__new__(cls, value)
        obj.label = cls.names.get(value, "?")
        return obj

    def __or__(self, other):
        return Flag(int(self) | int(other))


r = Flag(1)
print(r, r.label, r | Flag(2), type(r | 2).__name__, (r | 2).label)
for make in [lambda: I("x"), lambda: I([]), lambda: I(1, 2), lambda: I("1", base=99),
             lambda: int.__new__(I, "zz", 36), lambda: int.__new__(str, 1), lambda: I(x=1)]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
