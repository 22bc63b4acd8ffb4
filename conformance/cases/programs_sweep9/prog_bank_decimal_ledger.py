from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
class Ledger:
    def __init__(self, opening):
        self.entries = [(date(2024, 1, 1), "opening", Decimal(opening))]
    def post(self, day, memo, amount):
        amt = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if not memo:
            raise ValueError("memo required")
        self.entries.append((day, memo, amt))
        return amt
    def balance(self, upto=None):
        return sum((a for d, _, a in self.entries if upto is None or d <= upto), Decimal(0))
    def interest(self, rate, days):
        daily = Decimal(rate) / 365
        bal = self.balance()
        return (bal * daily * days).quantize(Decimal("0.01"))
    def statement(self):
        run = Decimal(0)
        lines = []
        for d, memo, amt in sorted(self.entries):
            run += amt
            lines.append(f"{d.isoformat()}  {memo:<12}{amt:>10}{run:>11}")
        return "\n".join(lines)
L = Ledger("100.00")
start = date(2024, 1, 1)
for i, (memo, amt) in enumerate([("salary", 2500), ("rent", -1200.005), ("coffee", -3.455), ("refund", 19.995)]):
    print(memo, L.post(start + timedelta(days=7 * (i + 1)), memo, amt))
print(L.statement())
print(L.balance(), L.balance(date(2024, 1, 20)), L.interest("0.05", 30))
try:
    L.post(start, "", 1)
except ValueError as e:
    print("error:", e)
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(1.005, 2))
