from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP


@dataclass
class Employee:
    name: str
    dept: str
    salary: Decimal

    def monthly(self):
        return (self.salary / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Manager(Employee):
    def __init__(self, name, dept, salary, reports=()):
        super().__init__(name, dept, salary)
        self.reports = list(reports)

    def monthly(self):
        return super().monthly() + Decimal("100.00") * len(self.reports)


staff = [Employee("ann", "eng", Decimal("120000")), Employee("bob", "eng", Decimal("95000.50")),
         Employee("cy", "ops", Decimal("70000"))]
boss = Manager("dee", "eng", Decimal("150000"), staff[:2])
staff.append(boss)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, people in sorted(by_dept.items()):
    total = sum((p.monthly() for p in people), Decimal(0))
    print(f"{dept}: {len(people)} people, monthly {total:,}")
    for p in sorted(people, key=lambda p: p.salary, reverse=True):
        print(f"   {p.name:<5}{type(p).__name__:<9}{p.monthly():>12,.2f}")
print(boss)
print(staff[0] == Employee("ann", "eng", Decimal("120000.00")), boss.reports[1].name)
