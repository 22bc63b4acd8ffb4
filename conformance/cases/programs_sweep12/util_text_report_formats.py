sales = [
    ("North", "Widgets", 1234567.891, 0.1234),
    ("South", "Gadgets", 98765.4, -0.0567),
    ("East", "Doohickeys", 5.0, 1.5),
    ("West", "Thingamajigs", 0.0, 0.0),
    ("Central", "Whatsits", 43210.1234, -0.999),
]

header = f"{'Region':<8}|{'Product':^14}|{'Revenue':>16}|{'Growth':>9}"
print(header)
print("-" * len(header))
for region, product, revenue, growth in sales:
    print(f"{region:<8}|{product:^14.12}|{revenue:>16,.2f}|{growth:>+9.1%}")
print("=" * len(header))
total = sum(r for _, _, r, _ in sales)
print(f"{'TOTAL':<23}|{total:>16,.2f}|")
print(f"{total:_.3f} {total:e} {total:.3g}")
print(f"{int(total):_x} {int(total):#o} {int(total):b}"[:40])
for width in (5, 10):
    print(f"[{'ab':*^{width}}] [{3.14159:0{width}.2f}] [{-42:0{width}d}] [{42:=+{width}}]")
print(f"{'left':<10}|{'right':>10}|")
print("{:>{w}}|{:<{w}}|{:^{w}}".format("a", "b", "c", w=5))
print("%-8s|%8.3f|%+05d|%x|%%" % ("pct", 2 / 3, 7, 255))
print(f"{12345678:,d} {0.000012345:.2e} {1e21:f}"[:60])
print(f"{True!r:>6} {None!s:^8} {'quote'!r}")
pct = [0.5, 0.25, 0.125, 0.0625]
bars = [f"{p:6.2%} {'#' * int(p * 40)}" for p in pct]
print("\n".join(bars))
print(f"{1234.5:10.1f}|{1234.5:<10.1f}|{1234.5:^10.1f}|")
print(format(0.1 + 0.2, ".17g"), format(2 ** 0.5, ".50f")[:30], format(1e-7, "g"))
