# A realistic use: a table built with str.format.
rows = [("pen", 3, 1.2), ("notebook", 12, 3.456), ("bag", 1, 25), ("ünïcode", 100, 0.005)]
header = "{:<10}|{:>6}|{:>9}|{:>10}".format("item", "qty", "price", "total")
print(header)
print("-" * len(header))
row = "{name:<10}|{qty:>6d}|{price:>9.2f}|{total:>10,.2f}"
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(row.format(name=name, qty=qty, price=price, total=total))
print("{:>{w}}".format("{:,.2f}".format(grand), w=len(header)))
print("{0:=^{1}}".format(" end ", len(header)))
