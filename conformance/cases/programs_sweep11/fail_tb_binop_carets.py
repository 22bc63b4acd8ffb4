prices = {"a": 3, "b": "4"}
total = 0
for k in prices:
    total = total + prices[k] * 2
print(total)
