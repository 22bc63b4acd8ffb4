items = [3, 2, 1, 0]
out = list(map(lambda v: 12 // v, items))
