items = [("apple", 3), ("pear", 5), ("plum", 12)]
total = 0
for name, count in items:
    total += count
    print(name.ljust(6), count)
print("Total items: " + total)
