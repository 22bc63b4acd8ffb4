from abc import ABC, abstractmethod
from functools import total_ordering


@total_ordering
class Employee(ABC):
    raise_pct = 0.03
    _registry = []

    def __init__(self, first, last, pay):
        self.first, self.last = first, last
        self._pay = pay
        Employee._registry.append(self)

    @property
    def email(self):
        return f"{self.first}.{self.last}@corp.example".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ", 1)

    @fullname.deleter
    def fullname(self):
        self.first = self.last = None

    @property
    def pay(self):
        return self._pay

    def apply_raise(self):
        self._pay = int(self._pay * (1 + self.raise_pct))

    @abstractmethod
    def role(self): ...

    @classmethod
    def set_raise(cls, pct):
        cls.raise_pct = pct

    @classmethod
    def from_string(cls, s):
        return cls(*s.split("-")[:2], int(s.split("-")[2]))

    def __lt__(self, other):
        return (self.pay, self.last) < (other.pay, other.last)

    def __eq__(self, other):
        return (self.pay, self.last) == (other.pay, other.last)

    def __repr__(self):
        return f"{type(self).__name__}({self.first!r}, {self.last!r}, {self.pay})"


class Developer(Employee):
    raise_pct = 0.10

    def __init__(self, first, last, pay, lang="Python"):
        super().__init__(first, last, pay)
        self.lang = lang

    def role(self):
        return f"develops in {self.lang}"


class Manager(Employee):
    def __init__(self, first, last, pay, reports=None):
        super().__init__(first, last, pay)
        self.reports = list(reports or [])

    def role(self):
        return f"manages {len(self.reports)}: " + ", ".join(e.fullname for e in sorted(self.reports))

    def __iter__(self):
        for e in self.reports:
            yield e
            if isinstance(e, Manager):
                yield from e


d1 = Developer("Ada", "Lovelace", 90000, "C")
d2 = Developer.from_string("Alan-Turing-95000")
m1 = Manager("Grace", "Hopper", 120000, [d1])
m2 = Manager("Ed", "Dijkstra", 150000, [m1, d2])
for e in sorted(Employee._registry):
    print(f"{e.fullname:<15}{e.email:<28}{e.pay:>8,} {e.role()}")
Employee.set_raise(0.05)
for e in Employee._registry:
    e.apply_raise()
print([e.pay for e in Employee._registry], Developer.raise_pct, Manager.raise_pct)
print([e.fullname for e in m2], max(Employee._registry), d1 <= d2, d1 != d2)
m1.fullname = "Grace Brewster Hopper"
print(m1.first, "|", m1.last, repr(m1))
del m1.fullname
print(m1.first, m1.last)
try:
    d1.pay = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Employee("x", "y", 1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(m2, Employee), type(d2).__name__, d2.lang, vars(d1))
