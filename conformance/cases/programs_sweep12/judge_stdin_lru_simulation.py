import sys
from collections import OrderedDict

first, *rest = sys.stdin.read().split("\n")
capacity = int(first)
cache = OrderedDict()
hits = misses = 0
out = []
for line in rest:
    if not line.strip():
        continue
    op, *args = line.split()
    if op == "get":
        k = args[0]
        if k in cache:
            cache.move_to_end(k)
            hits += 1
            out.append(f"get {k} -> {cache[k]}")
        else:
            misses += 1
            out.append(f"get {k} -> miss")
    elif op == "put":
        k, v = args
        cache[k] = v
        cache.move_to_end(k)
        if len(cache) > capacity:
            old, _ = cache.popitem(last=False)
            out.append(f"evict {old}")
print("\n".join(out))
print(f"hits={hits} misses={misses} ratio={hits / (hits + misses):.2f} keys={list(cache)}")
