# Iterating over dicts in all the usual ways.
prices = {"tea": 2.5, "coffee": 3.0, "juice": 4.25, "water": 1.0}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name}: {price:.2f}")
for i, (name, price) in enumerate(sorted(prices.items(), key=lambda kv: kv[1]), 1):
    print(i, name, price)
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print([k for k, v in prices.items() if v > 2], {k: v * 2 for k, v in prices.items() if v < 3})
print(list(zip(prices, prices.values())), sorted(prices, reverse=True))
print(dict(sorted(prices.items())), dict(reversed(list(prices.items()))))
