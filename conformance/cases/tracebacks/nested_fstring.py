items = {"apple": 3, "pear": None}
for name, qty in items.items():
    print(f"{name:>8}: {qty * 2:04d} units")
