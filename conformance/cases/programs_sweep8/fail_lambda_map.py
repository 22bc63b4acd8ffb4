prices = {"apple": 1.25, "pear": 0.8}
orders = [("apple", 3), ("pear", 2), ("kiwi", 1)]
total = sum(map(lambda o: prices[o[0]] * o[1], orders))
print(total)
