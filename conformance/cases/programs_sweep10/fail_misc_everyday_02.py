l = [5, 3, 1]
l.sort(key=lambda v: l.append(v) or v)
