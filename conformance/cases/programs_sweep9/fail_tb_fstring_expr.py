items = {"apple": 3, "pear": 0}
for name, qty in items.items():
    print(f"{name}: {100 / qty:.1f}% of stock")
