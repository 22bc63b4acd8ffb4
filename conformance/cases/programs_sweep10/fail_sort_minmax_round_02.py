l = [3, 1, 2]
def key(v):
    l.append(0)
    return v
l.sort(key=key)
