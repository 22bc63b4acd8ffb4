data = [(10, 2), (9, 3), (4, 0), (8, 4)]
ratios = [a / b for a, b in data]
print(ratios)
