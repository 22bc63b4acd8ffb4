pairs = [("a", 1), ("b", 2, 3)]
for name, value in pairs:
    print(name, value)
