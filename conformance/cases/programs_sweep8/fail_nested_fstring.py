items = [("a", 1), ("b", None)]
for name, qty in items:
    line = (f"{name:>5}"
            f"{qty:>5d}")
    print(line)
