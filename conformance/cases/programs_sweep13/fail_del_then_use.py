cache = {"a": 1, "b": 2}
snapshot = cache.copy()
del cache
print(snapshot)
print(len(cache))
