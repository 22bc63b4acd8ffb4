from decimal import Decimal, ROUND_HALF_EVEN
from collections import defaultdict
from datetime import date

class LedgerError(Exception):
    pass
class UnbalancedEntry(LedgerError):
    def __init__(self, debit, credit):
        super().__init__(f"debits {debit} != credits {credit}")
        self.diff = debit - credit

class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = defaultdict(Decimal)
    def post(self, when, memo, *lines):
        debit = sum((Decimal(a) for acct, a in lines if Decimal(a) > 0), Decimal(0))
        credit = -sum((Decimal(a) for acct, a in lines if Decimal(a) < 0), Decimal(0))
        if debit != credit:
            raise UnbalancedEntry(debit, credit)
        for acct, amount in lines:
            self.balances[acct] += Decimal(amount)
        self.entries.append((when, memo, lines))
    def trial_balance(self):
        lines = []
        for acct in sorted(self.balances):
            b = self.balances[acct]
            dr = f"{b:>10,.2f}" if b > 0 else " " * 10
            cr = f"{-b:>10,.2f}" if b < 0 else " " * 10
            lines.append(f"{acct:<12}{dr} {cr}")
        return "\n".join(lines)

L = Ledger()
L.post(date(2024, 1, 1), "capital", ("cash", "10000"), ("equity", "-10000"))
L.post(date(2024, 1, 5), "rent", ("rent", "1200.00"), ("cash", "-1200.00"))
L.post(date(2024, 1, 9), "sale", ("cash", "2500.50"), ("ar", "499.50"), ("revenue", "-3000"))
try:
    L.post(date(2024, 1, 10), "oops", ("cash", "5"), ("revenue", "-4.99"))
except UnbalancedEntry as e:
    print("rejected:", e, "diff", e.diff)
print(L.trial_balance())
print(sum(L.balances.values()), len(L.entries))
rate = Decimal("0.035")
principal = Decimal("10000")
for year in range(1, 4):
    principal = (principal * (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    print(year, principal)
split = Decimal("100") / 3
print(split, split.quantize(Decimal("0.01")) * 3, Decimal("100") - split.quantize(Decimal("0.01")) * 2)
print(max(L.entries, key=lambda e: len(e[2]))[1], [e[0].isoformat() for e in L.entries])
L.post(date(2024, 2, 1), "bad", ("cash", "x"))
