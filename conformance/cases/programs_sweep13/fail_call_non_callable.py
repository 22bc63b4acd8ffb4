prices = {"tea": 2.5, "cake": 4.0}
total = 0
for item in ["tea", "cake", "tea"]:
    total += prices[item]
print("total", total)
round = 2
print("rounded", round(total, 1))
