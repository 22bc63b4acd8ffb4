import csv
import io

rows = [
    {"id": 1, "name": "Widget, large", "price": 9.5, "notes": 'says "hi"'},
    {"id": 2, "name": "Gadget", "price": 12, "notes": "multi\nline"},
    {"id": 3, "name": "Doohickey", "price": 0.25},
]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["id", "name", "price", "notes"], restval="n/a")
writer.writeheader()
writer.writerows(rows)
text = buf.getvalue()
print(text)
reader = csv.DictReader(io.StringIO(text))
print(reader.fieldnames)
total = 0.0
for rec in reader:
    total += float(rec["price"])
    print(dict(rec))
print("total", total)
buf2 = io.StringIO()
w2 = csv.writer(buf2, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w2.writerow(["a", 1, 2.5, None, "x;y"])
print(buf2.getvalue(), end="")
print(list(csv.reader(io.StringIO(buf2.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
