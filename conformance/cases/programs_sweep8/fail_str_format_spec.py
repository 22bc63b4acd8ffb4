rows = [("alpha", 3.14159), ("beta", "2.5")]
for name, val in rows:
    print(f"{name:<8}|{val:>8.2f}|")
