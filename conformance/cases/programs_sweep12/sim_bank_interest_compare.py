from decimal import Decimal, getcontext

getcontext().prec = 30
principal = Decimal("10000")
rate = Decimal("0.05")
years = 10
schemes = {"yearly": 1, "quarterly": 4, "monthly": 12, "daily": 365}
print(f"{'scheme':<10}{'final':>14}{'interest':>12}")
for name, n in schemes.items():
    final = principal * (1 + rate / n) ** (n * years)
    print(f"{name:<10}{final:>14.2f}{final - principal:>12.2f}")
continuous = principal * (rate * years).exp()
print(f"{'continuous':<10}{continuous:>14.2f}{continuous - principal:>12.2f}")
balance = Decimal(0)
for month in range(1, 12 * years + 1):
    balance = balance * (1 + rate / 12) + Decimal("100")
print(f"saving 100/month for {years}y -> {balance:.2f} (deposited {100 * 12 * years})")
target = Decimal("20000")
b, y = principal, 0
while b < target:
    b *= 1 + rate
    y += 1
print(f"doubling takes {y} years; rule of 72 says {72 / 5:.1f}")
