from datetime import date, timedelta
from dataclasses import dataclass, field


@dataclass
class Loan:
    title: str
    member: str
    out: date
    days: int = 14
    returned: date | None = None

    @property
    def due(self):
        return self.out + timedelta(days=self.days)

    def fine(self, today, per_day=0.25, cap=10.0):
        end = self.returned or today
        late = (end - self.due).days
        return min(cap, late * per_day) if late > 0 else 0.0


loans = [
    Loan("Dune", "ann", date(2024, 1, 2)),
    Loan("Emma", "bob", date(2024, 1, 10), days=7, returned=date(2024, 1, 20)),
    Loan("Ulysses", "ann", date(2023, 11, 1)),
    Loan("Beloved", "cy", date(2024, 2, 1), returned=date(2024, 2, 10)),
]
today = date(2024, 2, 15)
by_member = {}
for l in loans:
    f = l.fine(today)
    by_member[l.member] = by_member.get(l.member, 0) + f
    status = "returned" if l.returned else "out"
    print(f"{l.title:<8} {l.member:<4} due {l.due:%b %d} {status:<8} fine ${f:5.2f}")
print({m: f"{v:.2f}" for m, v in sorted(by_member.items())})
print(max(loans, key=lambda l: (today - l.due).days).title, sum(l.returned is None for l in loans))
