from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Employee:
    name: str
    salary: float = field(repr=False)
    _: KW_ONLY
    dept: str = "eng"
    skills: list = field(default_factory=list, compare=False)
    bonus_pct: InitVar[float] = 0.0
    total: float = field(init=False)
    headcount: ClassVar[int] = 0

    def __post_init__(self, bonus_pct):
        self.total = round(self.salary * (1 + bonus_pct), 2)
        Employee.headcount += 1


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


vs = sorted(Version.parse(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"])
print([str(v) for v in vs], vs[0], max(vs) > Version(1, 9))
print(replace(vs[0], patch=99), hash(Version(1)) == hash(Version(1, 0, 0)))
e = Employee("Ann", 100000, dept="ops", bonus_pct=0.1)
print(e, e.total, Employee.headcount)
e2 = Employee("Ann", 100000, dept="ops", skills=["go"])
print(e == e2, asdict(e2), astuple(Version(2, 1)))
print([f.name for f in fields(Employee)], [f.name for f in fields(Version)])
px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, "__dict__"))
try:
    vs[0].major = 5
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    Employee("Bo", 1, "sales")
except TypeError as ex:
    print("TypeError", ex)
print(Version(1, 2) < Version(1, 2, 1), Version(3) == (3, 0, 0))
