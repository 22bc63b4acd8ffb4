from decimal import Decimal

prices = ["1.50", "2.25", "N/A"]
total = Decimal(0)
for p in prices:
    total += Decimal(p)
print(total)
