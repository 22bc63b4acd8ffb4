import json, csv, io
from collections import defaultdict, Counter

RAW = '''
[{"id": 1, "name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": null},
 {"id": 2, "name": "Gadget \\u00e9", "price": 19.5, "tags": [], "stock": 3},
 {"id": 3, "name": "Doohickey", "price": 1e3, "tags": ["b"], "stock": 0, "extra": {"x": [1, 2, {"y": true}]}}]
'''
items = json.loads(RAW)
print(len(items), type(items[0]["price"]).__name__, items[2]["price"])
print(json.dumps(items[1]))
print(json.dumps(items[1], ensure_ascii=False))
print(json.dumps(items[2], indent=2, sort_keys=True))
print(json.dumps(items, separators=(",", ":"))[:80])
print(json.dumps({"a": float("inf"), "b": float("nan"), "c": -0.0}))
try:
    json.dumps({"a": float("inf")}, allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
try:
    json.dumps(set([1]))
except TypeError as e:
    print("TypeError", e)
print(json.dumps(set([1, 2]), default=sorted))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '"abc', '{"a": 01}', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.0, 1e400, -1e400, 123456789012345678901234567890]'))
print(json.loads('{"n": NaN}', parse_constant=lambda c: "const:" + c))
print(json.loads('[1.5]', parse_float=str))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))

CSV = '''name,dept,salary,start
"Smith, J",eng,120000,2019-03-01
Lee,ops,95000,2020-11-15
"O""Neil",eng,130500.50,2018-01-20
Kim,sales,,2021-07-07
'''
rows = list(csv.DictReader(io.StringIO(CSV)))
print(rows[0])
print(rows[2]["name"], repr(rows[3]["salary"]))
by_dept = defaultdict(list)
for r in rows:
    by_dept[r["dept"]].append(float(r["salary"] or 0))
print(f"{'dept':<8}|{'n':>3}|{'total':>12}|{'avg':>10}")
print("-" * 36)
for d, vals in sorted(by_dept.items()):
    print(f"{d:<8}|{len(vals):>3}|{sum(vals):>12,.2f}|{sum(vals)/len(vals):>10.1f}")
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a,b", 'q"uote', "plain", 1.5, None, ""])
w.writerow([])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["x", "y"], extrasaction="ignore")
w.writeheader()
w.writerow({"x": 1, "y": 2, "z": 3})
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["x"]).writerow({"x": 1, "q": 2})
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.0, True])
print(repr(out.getvalue()))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
c = Counter(t for it in items for t in it["tags"])
print(c, c.most_common(1))
