class CurrencyMismatch(Exception):
    def __init__(self, a, b):
        super().__init__(f"cannot combine {a} and {b}")
        self.currencies = (a, b)


RATES = {"USD": 100, "EUR": 110, "GBP": 125}


class Money:
    def __init__(self, amount, currency="USD"):
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
            self.cents = sign * cents
        else:
            self.cents = int(amount)
        self.currency = currency

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency)
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._same(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._same(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k, self.currency)
        if isinstance(k, float):
            return Money(round(self.cents * k), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def split(self, n):
        base, extra = divmod(self.cents, n)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(n)]

    def convert(self, to):
        usd = self.cents * RATES[self.currency]
        return Money(round(usd / RATES[to]), to)

    def __eq__(self, other):
        if isinstance(other, int):
            return other == 0 and self.cents == 0
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        self._same(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}{d:,}.{c:02d} {self.currency}"

    def __repr__(self):
        return f"Money({str(self)!r})"

    def __format__(self, spec):
        return format(str(self), spec)


a = Money("19.99")
b = Money("5.5")
print(a, b, a + b, a - b, b - a, a * 3, 0.15 * a)
print(sum([a, b, Money(1)]), repr(Money("-0.05")), Money("1234567.8"))
print([str(m) for m in Money("10.00").split(3)], sum(Money("10.00").split(3)))
print(a.convert("EUR"), a.convert("GBP"), Money(1000, "EUR").convert("USD"))
print(a == Money(1999), a < b, sorted([a, b, Money(700)]), bool(Money(0)))
try:
    a + Money(5, "EUR")
except CurrencyMismatch as e:
    print("CurrencyMismatch", e, e.currencies)
try:
    a * "2"
except TypeError as e:
    print("TypeError", e)
print(f"[{a:>16}] [{b:<12}]")
