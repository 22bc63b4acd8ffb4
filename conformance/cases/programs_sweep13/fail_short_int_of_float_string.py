prices = ["3", "12", "7"]
print(sum(int(p) for p in prices))
prices.append("4.50")
print(sum(int(p) for p in prices))
