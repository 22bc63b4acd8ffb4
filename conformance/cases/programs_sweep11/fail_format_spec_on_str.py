rows = [("alpha", 1), ("beta", "2")]
for name, value in rows:
    print(f"{name:>8}: {value:05d}")
