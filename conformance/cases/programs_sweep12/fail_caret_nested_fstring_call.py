def fmt_size(n):
    units = ["B", "KB", "MB", "GB"]
    i = 0
    while n >= 1024 and i < len(units) - 1:
        n /= 1024
        i += 1
    return f"{n:.1f} {units[i]}"


files = {"a.txt": 532, "b.bin": 1_048_576, "c.iso": 4_700_000_000, "d": "n/a"}
for name, size in files.items():
    print(f"{name:<6} {fmt_size(size):>10} ({size:,} bytes)")
