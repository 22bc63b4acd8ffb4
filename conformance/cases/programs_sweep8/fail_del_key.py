cache = {"a": 1}
def evict(k):
    del cache[k]
evict("a")
evict("a")
