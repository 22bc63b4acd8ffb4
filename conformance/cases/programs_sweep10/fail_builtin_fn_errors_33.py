print(all([]), any([]), all([0, 1]), any(x > 1 for x in [1, 2]))
all(5)
