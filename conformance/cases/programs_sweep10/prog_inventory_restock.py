import sys
from collections import namedtuple, Counter
Item = namedtuple("Item", "sku name qty reorder")
stock = {}
orders = Counter()
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    cmd, *args = line.split()
    try:
        if cmd == "add":
            sku, name, qty, reorder = args
            stock[sku] = Item(sku, name, int(qty), int(reorder))
        elif cmd == "sell":
            sku, qty = args[0], int(args[1])
            item = stock[sku]
            if qty > item.qty:
                raise ValueError(f"only {item.qty} {item.name} left")
            stock[sku] = item._replace(qty=item.qty - qty)
            orders[sku] += qty
        else:
            raise ValueError(f"unknown command {cmd!r}")
    except (ValueError, KeyError) as e:
        print(f"line {lineno}: {type(e).__name__}: {e}")
print("restock:", [i.name for i in sorted(stock.values()) if i.qty <= i.reorder])
print("best sellers:", orders.most_common(2))
width = max(len(i.name) for i in stock.values())
for i in sorted(stock.values(), key=lambda i: (-i.qty, i.name)):
    print(f"{i.sku:>5} {i.name:<{width}} {i.qty:>4} {'*' if i.qty <= i.reorder else ''}")
