# Number base table using f-string presentation types.
print(f"{'dec':>5} {'hex':>5} {'oct':>5} {'bin':>10}")
for n in (0, 1, 7, 8, 15, 16, 100, 255, 256, 1023):
    print(f"{n:>5} {n:>5x} {n:>5o} {n:>10b}")
for n in (10, -10, 4095):
    print(f"{n:#06x} {n:#x} {n:#o} {n:#b} {n:#X}")
