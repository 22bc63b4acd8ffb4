# Format specs for floats in f-strings.
pi = 3.141592653589793
print(f"{pi}|{pi:.2f}|{pi:.0f}|{pi:10.4f}|{pi:<10.3f}|{pi:^10.1f}|{pi:+.3f}")
print(f"{pi:e}|{pi:.2e}|{pi:E}|{pi:g}|{pi:.3g}|{pi:%}|{pi:.1%}")
big, small = 12345678.9, 0.000012345
print(f"{big:,.2f}|{big:_.3f}|{big:.3e}|{big:g}|{big:.10g}|{small:g}|{small:.2e}|{small:f}")
print(f"{-1.5:08.2f}|{1.5:=+8.2f}|{-0.0:.1f}|{2.5:.0f}|{3.5:.0f}|{0.125:.2f}")
print(f"{1e300:.3g}|{1e-300:.3e}|{float('inf'):.2f}|{float('nan'):8.3f}|{-float('inf'):e}")
print(f"{100.0:.0%}|{0.5:%}|{1 / 3:.5%}|{2 / 3:.4}|{1234.5:.6}|{0.1:.17f}")
for price in (0.5, 9.99, 19.995, 100, 1234.5):
    print(f"${price:>10,.2f}")
try:
    f"{pi:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{pi:x}"
except ValueError as e:
    print("ValueError", e)
