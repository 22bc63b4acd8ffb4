from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
class Employee(ABC):
    raise_pct = Decimal("0.03")
    _registry = []
    def __init__(self, name, emp_id):
        self.name = name; self.emp_id = emp_id
        Employee._registry.append(self)
    @abstractmethod
    def pay(self) -> Decimal: ...
    def __str__(self):
        return f"{self.emp_id:04d} {self.name:<10} {type(self).__name__:<10} {self.pay():>10,.2f}"
    @classmethod
    def count(cls):
        return sum(isinstance(e, cls) for e in Employee._registry)
    @staticmethod
    def money(x):
        return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
class Salaried(Employee):
    def __init__(self, name, emp_id, annual):
        super().__init__(name, emp_id); self.annual = Decimal(annual)
    def pay(self): return self.money(self.annual / 12)
    def give_raise(self): self.annual *= 1 + self.raise_pct
class Hourly(Employee):
    def __init__(self, name, emp_id, rate, hours):
        super().__init__(name, emp_id); self.rate, self.hours = Decimal(rate), Decimal(hours)
    def pay(self):
        ot = max(self.hours - 40, 0)
        return self.money(self.rate * min(self.hours, 40) + self.rate * Decimal("1.5") * ot)
class Manager(Salaried):
    raise_pct = Decimal("0.05")
    def __init__(self, name, emp_id, annual, reports=()):
        super().__init__(name, emp_id, annual); self.reports = list(reports)
    def pay(self): return super().pay() + self.money(100 * len(self.reports))
try:
    Employee("x", 0)
except TypeError as e:
    print("TypeError:", e)
a = Salaried("Ann", 1, "60000"); b = Hourly("Bob", 2, "17.50", "45.5"); c = Hourly("Cy", 3, "20", 38)
m = Manager("Meg", 4, "90000", [a, b, c])
staff = [a, b, c, m]
for e in staff: print(e)
print(Employee.count(), Salaried.count(), Hourly.count(), Manager.count())
for e in staff:
    if isinstance(e, Salaried): e.give_raise()
print("after raises")
for e in sorted(staff, key=lambda e: e.pay(), reverse=True): print(e)
total = sum(e.pay() for e in staff)
print("total", total, repr(total), f"{total:.1f}", total.quantize(Decimal("1")), round(total, -2))
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal(0.1), Decimal("0.1") * 3, Decimal(1) / Decimal(7), Decimal("10") ** -2, Decimal("2").sqrt())
@dataclass(order=True)
class Timesheet:
    week: int
    hours: list = field(default_factory=list, compare=False)
    note: str = field(default="", repr=False)
    def total(self): return sum(self.hours)
ts = [Timesheet(3, [8, 8, 9]), Timesheet(1, [7.5, 8], "short"), Timesheet(2)]
print(sorted(ts), ts[0], ts[1] == Timesheet(1), [t.total() for t in ts])
from dataclasses import asdict, astuple, replace, fields
print(asdict(ts[0]), astuple(ts[1]), replace(ts[2], week=9), [f.name for f in fields(Timesheet)])
@dataclass(frozen=True)
class Badge:
    emp_id: int
    level: str = "basic"
bd = Badge(7)
try:
    bd.level = "gold"
except Exception as e:
    print(type(e).__name__, e)
print(bd, hash(bd) == hash(Badge(7)), {bd, Badge(7), Badge(8)} == {Badge(7), Badge(8)})
@dataclass
class Dept:
    name: str
    members: list[Employee] = field(default_factory=list)
    budget: Decimal = Decimal("0")
    def __post_init__(self):
        if not self.name: raise ValueError("dept needs a name")
        self.budget = Decimal(self.budget)
d = Dept("Eng", [a, m], "250000.50")
print(d.name, len(d.members), d.budget, repr(d.budget))
try:
    Dept("")
except ValueError as e:
    print("ValueError:", e)
