rows = {"a": 1.5, "b": 2.25}
w = 8
for k, v in rows.items():
    print(f"{k:>{w}}|{v:{w}.{2}f}|{f'{v!r:>{w + 2}}'}")
items = [1, 2, 3]
print(f"{'-'.join(f'{i:02d}' for i in items)}")
print(f"{f'{items[len(items)]}'}")
