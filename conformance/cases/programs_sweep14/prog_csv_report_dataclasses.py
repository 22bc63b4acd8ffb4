# Parse CSV text into dataclasses with converters, validate rows with
# __post_init__, and report aggregates with formatted columns.
import csv
import dataclasses
import io
import statistics

TEXT = """name,dept,salary,start
Ann,eng,120000,2019
Bob,eng,95000,2021
Cy,ops,70000,2018
Di,ops,-5,2020
Ed,sales,80000,20x1
"""


@dataclasses.dataclass
class Row:
    name: str
    dept: str
    salary: int
    start: int

    def __post_init__(self):
        self.salary, self.start = int(self.salary), int(self.start)
        if self.salary <= 0:
            raise ValueError(f"{self.name}: salary must be positive")


rows, rejected = [], []
for raw in csv.DictReader(io.StringIO(TEXT)):
    try:
        rows.append(Row(**raw))
    except ValueError as e:
        rejected.append(str(e))
print(rejected)
by_dept = {}
for r in rows:
    by_dept.setdefault(r.dept, []).append(r)
print(f"{'dept':<6}{'n':>3}{'mean':>12}{'earliest':>10}")
for dept, members in sorted(by_dept.items()):
    mean = statistics.mean(m.salary for m in members)
    print(f"{dept:<6}{len(members):>3}{mean:>12,.1f}{min(m.start for m in members):>10}")
print(dataclasses.asdict(rows[0]), [f.name for f in dataclasses.fields(Row)])
