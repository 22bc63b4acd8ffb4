print(sorted([1, 2], cmp=None))
