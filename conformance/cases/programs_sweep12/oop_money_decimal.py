from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def split(self, n):
        base = (self.amount / n).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        parts = [base] * n
        rest = self.amount - base * n
        i = 0
        while rest:
            step = Decimal("0.01") if rest > 0 else Decimal("-0.01")
            parts[i] += step
            rest -= step
            i += 1
        return [Money(p, self.currency) for p in parts]

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"

    def __format__(self, spec):
        return f"{self.currency} {format(self.amount, spec or ',.2f')}"


cart = [Money("19.99"), Money(5), Money("0.005"), Money("1234.5")]
print(cart)
total = sum(cart)
print(total, f"{total}", f"{total:>12,.2f}")
print(total * 1.0825, 3 * Money("0.333"))
print(sorted(cart), max(cart), min(cart))
print(Money(100).split(3), Money("0.05").split(3))
print(len({Money(1), Money("1.00"), Money(1, "EUR")}))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + 1
except TypeError as e:
    print("TypeError:", e)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") * 1)
print(Decimal(1) / Decimal(7))
