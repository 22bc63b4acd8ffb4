import csv
import io
import json
from operator import itemgetter, attrgetter
from collections import defaultdict, namedtuple

RAW = """id,name,dept,salary,start
1,Alice,Engineering,120000,2019-04-01
2,Bob,Sales,65000.50,2020-01-15
3,"Carol, Jr.",Engineering,135000,2018-07-30
4,Dan,"R&D",98000,2021-11-01
5,Eve,Sales,71000,2017-02-20
"""

reader = csv.DictReader(io.StringIO(RAW))
rows = [dict(r, salary=float(r["salary"]), id=int(r["id"])) for r in reader]
print(reader.fieldnames)
print(rows[2])
by_dept = defaultdict(list)
for r in rows:
    by_dept[r["dept"]].append(r)
summary = {d: {"count": len(rs), "avg": round(sum(r["salary"] for r in rs) / len(rs), 2),
               "names": [r["name"] for r in rs]} for d, rs in by_dept.items()}
text = json.dumps(summary, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == summary, type(back["Sales"]["avg"]).__name__)
print(json.dumps(rows[:2], separators=(",", ":")))
print(json.dumps({"u": "caf\u00e9 \u2603", "t": (1, 2), "n": None, "f": 1e20, "b": True}))
print(json.dumps({"u": "caf\u00e9"}, ensure_ascii=False), json.dumps([float("inf")]))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.dumps({3: "x", 1.5: "y", None: "z", False: 0}))
print(json.loads('[1, 2.0, "3", {"4": [null, true]}]', parse_int=str))
Emp = namedtuple("Emp", "id name dept salary start")
emps = [Emp(**r) for r in rows]
for e in sorted(emps, key=attrgetter("dept", "salary"), reverse=True):
    print(f"{e.id:>3} {e.name:<12}{e.dept:<13}{e.salary:>12,.2f} {e.start}")
print(sorted(rows, key=itemgetter("start"))[0]["name"], max(emps, key=attrgetter("salary")).name)
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["name", "note"])
w.writerows([[e.name, f'said "hi", {e.dept}'] for e in emps[:3]])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["id", "name"], extrasaction="ignore", lineterminator="\r\n")
dw.writeheader()
dw.writerows(rows[:2])
print(repr(out2.getvalue()))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(json.dumps(emps[0]), json.dumps(emps[0]._asdict()))
