cart = [{"item": "pen", "price": 1.5, "qty": 4}, {"item": "pad", "price": 3.25, "qty": 2}, {"item": "ink", "qty": 1}]
for line in cart[:2]:
    print(f"{line['item']:4} {line['price'] * line['qty']:6.2f}")
total = sum(line.get("price") * line["qty"] for line in cart)
print("total", total)
