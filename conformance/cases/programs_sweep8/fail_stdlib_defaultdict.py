from collections import defaultdict
def factory(): return 1 / 0
d = defaultdict(factory)
d["x"]
