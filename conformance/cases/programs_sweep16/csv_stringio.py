import csv, io
from collections import defaultdict
from decimal import Decimal

raw = '''id,name,dept,salary,notes
1,Alice,Eng,120000,"likes ""quotes"""
2,Bob,Ops,95000,
3,"Carol, Jr.",Eng,130000,"multi
line"
4,Dan,Sales,70000,plain
'''
rows = list(csv.DictReader(io.StringIO(raw)))
for r in rows:
    print(r)
by = defaultdict(list)
for r in rows:
    by[r["dept"]].append(Decimal(r["salary"]))
for dept, sal in sorted(by.items()):
    print(dept, len(sal), sum(sal), sum(sal) / len(sal))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["dept", "n", "avg"], lineterminator="\n")
w.writeheader()
for dept, sal in sorted(by.items()):
    w.writerow({"dept": dept, "n": len(sal), "avg": f"{sum(sal)/len(sal):.2f}"})
print(out.getvalue())

out = io.StringIO()
wr = csv.writer(out)
wr.writerow(["a", "b,c", 'd"e', "f\ng", None, 1.5, ""])
wr.writerows([[1, 2], [3]])
print(repr(out.getvalue()))
out = io.StringIO()
wr = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, delimiter=";")
wr.writerow(["x", 1, 2.5, None])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="|").writerow(["a", 1])
print(out.getvalue())
out = io.StringIO()
try:
    csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
print(repr(out.getvalue()))

print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(io.StringIO("x, y , z\n1,  2,3"), skipinitialspace=True)))
print(list(csv.reader(io.StringIO('1,"2\n3",4\r\n5,6\n'))))
print(list(csv.reader(io.StringIO("a\tb\n\nc\td"), dialect="excel-tab")))
print(list(csv.reader(io.StringIO('3,"4",5'), quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(io.StringIO('a,"b'), strict=True))
except csv.Error as e:
    print("csv.Error", e)
try:
    list(csv.reader(io.StringIO('a,b"c"'), strict=True))
except csv.Error as e:
    print("csv.Error", e)
print(list(csv.reader(io.StringIO('a,b"c"d,e'))))
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="NA")
print(list(dr), dr.fieldnames)
dw = csv.DictWriter(io.StringIO(), ["a"])
try:
    dw.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)
dw2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(dw2.writerow({"a": 1, "zz": 2}))
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, sn.has_header("name,age\nann,3\nbob,4\n"))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|c"], "pipes")), csv.list_dialects()[:0], csv.get_dialect("pipes").delimiter)
print(csv.field_size_limit())
