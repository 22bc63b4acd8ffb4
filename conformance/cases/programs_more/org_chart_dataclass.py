from dataclasses import dataclass, field
from typing import Optional, List
from collections import defaultdict
import json

@dataclass
class Employee:
    id: int
    name: str
    title: str
    manager_id: Optional[int] = None
    reports: List["Employee"] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.name = self.name.strip().title()
        if self.id < 0:
            raise ValueError(f"invalid id {self.id}")

ROWS = """1|  ada lovelace |CEO|
2|grace hopper|CTO|1
3|alan turing|Engineer|2
4|edsger dijkstra|Engineer|2
5|barbara liskov|CFO|1
6|donald knuth|Analyst|5
7|ken thompson|Engineer|2"""

staff = {}
for line in ROWS.splitlines():
    id_, name, title, mgr = line.split("|")
    staff[int(id_)] = Employee(int(id_), name, title, int(mgr) if mgr else None)
for e in staff.values():
    if e.manager_id is not None:
        staff[e.manager_id].reports.append(e)

def org_chart(e, indent=0):
    yield "    " * indent + f"{e.name} ({e.title})"
    for r in sorted(e.reports, key=lambda r: r.name):
        yield from org_chart(r, indent + 1)

print("\n".join(org_chart(staff[1])))
def headcount(e):
    return 1 + sum(headcount(r) for r in e.reports)
print({e.name: headcount(e) for e in staff.values() if e.reports})
by_title = defaultdict(list)
for e in staff.values():
    by_title[e.title].append(e.name)
print(json.dumps(by_title, indent=2, sort_keys=True))
print(staff[3])
try:
    Employee(-1, "x", "y")
except ValueError as e:
    print("ValueError:", e)
def chain_of_command(eid):
    out = []
    while eid is not None:
        e = staff[eid]
        out.append(e.name.split()[0])
        eid = e.manager_id
    return " -> ".join(out)
print(chain_of_command(6), "|", chain_of_command(7))
print(sorted(e.title for e in staff.values()))
