# An int subclass with extra methods and a __repr__.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def dollars(self):
        return self // 100

    def cents(self):
        return self % 100

    def __str__(self):
        return f"${self.dollars()}.{self.cents():02d}"


m = Money(1234)
print(m, repr(m), [m], m.dollars(), m.cents(), type(m.dollars()).__name__)
print(m + 1, type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(abs(m)).__name__)
print(m * 2, m - m, m == 1234, 1234 == m, m > 1000, hash(m) == hash(1234), int(m), type(int(m)).__name__)
print(f"{m}", f"{m:d}", f"{m:>8}", "%d" % m, "%s" % m, str(m), format(m, "x"))
print(bool(Money(0)), bool(m), m.bit_length(), m.real, type(m.real).__name__, float(m))
print([1, 2, 3][Money(1)], list(range(Money(3))), round(m, -2), type(round(m)).__name__)
print({1234: "found"}[m], {m: "k"}[1234], sorted([Money(3), 1, Money(2)]))
print(isinstance(m, int), isinstance(m, Money), type(m) is int, divmod(m, Money(100)))
