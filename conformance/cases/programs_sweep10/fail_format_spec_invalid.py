prices = {"tea": 2.5, "cake": 4}
for name, p in prices.items():
    print(f"{name:>6}: {p:6.2f}")
total = sum(prices.values())
print(f"total: {total:,d}")
