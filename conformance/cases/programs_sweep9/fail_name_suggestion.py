def compute(values):
    total = 0
    for value in values:
        total += value
    return totl / len(values)

print(compute([1, 2, 3]))
