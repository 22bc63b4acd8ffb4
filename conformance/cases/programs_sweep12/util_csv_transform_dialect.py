import csv
import io

SOURCE = """id;name;dept;salary;start
1;"Smith; John";eng;85000;2019-04-01
2;Ana Lopez;ops;62000;2021-11-15
3;"O'Brien, Pat";eng;91000;2016-02-29
4;Li Wei;sales;58000;2022-07-01
5;"Quote ""Q"" Person";ops;70500;2020-01-06
"""

rows = list(csv.DictReader(io.StringIO(SOURCE), delimiter=";"))
print(len(rows), "rows; fields:", list(rows[0].keys()))
for r in rows:
    r["salary"] = int(r["salary"])
    r["year"] = int(r["start"][:4])

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["dept", "name", "salary", "year"],
                        extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC,
                        lineterminator="\n")
writer.writeheader()
for r in sorted(rows, key=lambda r: (r["dept"], -r["salary"])):
    writer.writerow(r)
print(out.getvalue(), end="")

summary = io.StringIO()
w = csv.writer(summary, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r["salary"])
w.writerow(["dept", "count", "avg", "names"])
for dept, sals in sorted(by_dept.items()):
    names = "|".join(r["name"] for r in rows if r["dept"] == dept)
    w.writerow([dept, len(sals), f"{sum(sals) / len(sals):.1f}", names])
print(repr(summary.getvalue()))
back = list(csv.reader(io.StringIO(summary.getvalue())))
print(back)
tab = io.StringIO()
csv.writer(tab, dialect="excel-tab").writerows([["a b", "c\td"], [1, None, 2.5]])
print(repr(tab.getvalue()))
sniff_src = "x,y\n1,2\n"
print(next(csv.reader([sniff_src.splitlines()[1]])), csv.list_dialects().__class__.__name__)
