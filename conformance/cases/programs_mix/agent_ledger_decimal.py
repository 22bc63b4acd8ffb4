from decimal import Decimal, ROUND_HALF_EVEN, InvalidOperation
from collections import defaultdict
from dataclasses import dataclass, field
from typing import List
import functools

CENT = Decimal("0.01")


@functools.total_ordering
@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "USD"

    def __post_init__(self):
        object.__setattr__(self, "amount", Decimal(self.amount).quantize(CENT, ROUND_HALF_EVEN))

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

    def __sub__(self, other):
        return Money(self.amount - self._check(other).amount, self.currency)

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.currency)

    def __lt__(self, other):
        return self.amount < self._check(other).amount

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}{abs(self.amount):,.2f} {self.currency}"

    def split(self, n):
        base = (self.amount / n).quantize(CENT, rounding="ROUND_DOWN")
        parts = [base] * n
        for i in range(int((self.amount - base * n) / CENT)):
            parts[i] += CENT
        return [Money(p, self.currency) for p in parts]


@dataclass
class Ledger:
    entries: List[tuple] = field(default_factory=list)

    def post(self, account, money, memo=""):
        self.entries.append((account, money, memo))

    def balances(self):
        out = defaultdict(lambda: Money(0))
        for acct, m, _ in self.entries:
            out[acct] = out[acct] + m
        return dict(out)


led = Ledger()
led.post("cash", Money("1000"), "opening")
led.post("cash", Money("-249.995"), "rent")
led.post("food", Money("249.995"), "rent?")
led.post("cash", Money("19.99") * 3, "refund")
for acct, bal in sorted(led.balances().items()):
    print(f"{acct:<6}{str(bal):>16}")
print(Money("100").split(3), [str(m) for m in Money("0.05").split(3)])
print(Money("1.005"), Money("1.015"), Money("2.5") > Money("2.49"), max(Money(1), Money(3), Money(2)))
print(sum((m for _, m, _ in led.entries), Money(0)), Money(5) == Money("5.00"))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__ if False else e.__class__.__name__)
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
print(Decimal("19.99") * 3, Decimal("10") / Decimal("3"), Decimal("1.30") + Decimal("1.20"), Decimal("1e2").normalize())
print(Decimal("123.456").quantize(Decimal("1.0")), Decimal(-7) // 2, Decimal(-7) % 2, Decimal("0.1") * 3 == Decimal("0.3"))
