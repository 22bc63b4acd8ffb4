from decimal import Decimal
from functools import total_ordering


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        object.__setattr__(self, "amount", Decimal(str(amount)).quantize(Decimal("0.01")))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, k, v):
        raise AttributeError(f"Money is immutable (tried to set {k})")

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        o = self._check(other)
        return o if o is NotImplemented else Money(self.amount + o.amount, self.currency)

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        return self.amount < self._check(other).amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"

    def __str__(self):
        return f"{self.amount:,} {self.currency}"

    def split(self, n):
        base = (self.amount / n).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        parts = [base] * n
        rem = self.amount - base * n
        i = 0
        while rem > 0:
            parts[i] += Decimal("0.01")
            rem -= Decimal("0.01")
            i += 1
        return [Money(p, self.currency) for p in parts]


cart = [Money(19.99), Money("5.01") * 3, 2 * Money(0.10)]
print(sum(cart), max(cart), sorted(cart)[0], repr(cart[1]))
print([str(m) for m in Money(100).split(3)], Money(1000000) * 1.5)
for bad in [lambda: Money(1) + Money(1, "EUR"), lambda: Money(1) + 1, lambda: Money(1) < 3, lambda: setattr(Money(1), "amount", 5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(len({Money(1), Money("1.00"), Money(1, "EUR")}))
