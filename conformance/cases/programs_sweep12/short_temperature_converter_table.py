print(f"{'C':>6} {'F':>7} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6} {f:>7.1f} {k:>8.2f}")
freezing = [c for c in range(-50, 51) if c * 9 / 5 + 32 == c]
print("C == F at", freezing)
print(round((98.6 - 32) * 5 / 9, 2), round(37 * 1.8 + 32, 1))
