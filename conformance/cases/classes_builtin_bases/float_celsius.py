# A float subclass with methods, a __repr__ and a classmethod constructor.
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)


c = Celsius(21.5)
print(c, repr(c), [c], c.to_fahrenheit(), type(c.to_fahrenheit()).__name__)
print(Celsius.from_fahrenheit(212), type(Celsius.from_fahrenheit(212)).__name__)
print(c + 1, type(c + 1).__name__, type(-c).__name__, type(abs(c)).__name__, type(+c).__name__)
print(c == 21.5, 21.5 == c, c > 20, hash(c) == hash(21.5), float(c), type(float(c)).__name__)
print(int(c), round(c), round(c, 1), type(round(c, 1)).__name__, c.is_integer(), c.real)
print(f"{c}", f"{c:.3f}", "%.2f" % c, str(c), c.hex(), c.as_integer_ratio())
print(sorted([Celsius(3), 1.5, Celsius(-2)]), max(Celsius(1), Celsius(2)))


class F(float):
    pass


print(F(), F(2), F("1e3"), F(" 7.5 "), F(True), repr(F("inf")), F(2) ** 2, type(F(1) // 1).__name__)
f = F(1.25)
f.unit = "m"
print(f, f.unit, f.__dict__, divmod(F(7), 2), {1.25: "k"}[f])
for make in [lambda: F("abc"), lambda: F([]), lambda: F(1, 2), lambda: F(x=1),
             lambda: float.__new__(F, "q"), lambda: float.__new__(int, 1)]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
