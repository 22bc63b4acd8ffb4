sorted([3, 1, None])
