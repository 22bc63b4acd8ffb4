from collections import namedtuple, defaultdict, Counter
from operator import itemgetter, attrgetter

Item = namedtuple("Item", "sku name category price qty")

DATA = """sku,name,category,price,qty
A100,Widget,tools,2.50,100
A101,Gadget,tools,12.99,15
B200,Apple,food,0.45,300
B201,Banana,food,0.25,0
C300,Novel,books,9.99,42
C301,Atlas,books,29.50,3
A102,Hammer,tools,15.00,7"""

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for line in lines[1:]:
        parts = line.split(",")
        rec = dict(zip(header, parts))
        yield Item(rec["sku"], rec["name"], rec["category"], float(rec["price"]), int(rec["qty"]))

items = list(parse(DATA))
print(items[0])
print(items[0]._asdict())
print(items[1]._replace(qty=20))
print(Item._fields)

by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
for cat in sorted(by_cat):
    total = sum(i.price * i.qty for i in by_cat[cat])
    print(f"{cat:>6}: {len(by_cat[cat])} items, value ${total:,.2f}")

print([i.name for i in sorted(items, key=attrgetter("price"), reverse=True)[:3]])
print(sorted(((i.name, i.qty) for i in items), key=itemgetter(1)))
low = [i.sku for i in items if i.qty < 10]
print("low stock:", low)
cnt = Counter(i.category for i in items)
print(cnt)
print(cnt.most_common(2))
print(dict(by_cat).keys())
print(max(items, key=lambda i: i.price * i.qty).name)
try:
    Item("x", "y", "z", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    items[0].price = 3
except AttributeError as e:
    print("AttributeError:", e)
d = defaultdict(int)
for it in items:
    d[it.category] += it.qty
print(d)
print(sorted(d.items(), key=itemgetter(1, 0)))
