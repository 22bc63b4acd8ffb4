items = [1, 2, 3]
total = sum(item for item in items) / (len(items) - 3)
