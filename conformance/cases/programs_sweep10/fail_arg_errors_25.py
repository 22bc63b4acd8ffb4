sorted([1, 2], 1)
