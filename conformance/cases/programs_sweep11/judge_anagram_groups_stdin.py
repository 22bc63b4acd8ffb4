import sys
from collections import defaultdict

words = sys.stdin.read().split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w.lower()))].append(w)
result = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
for g in result:
    print(len(g), " ".join(g))
print("singletons:", sorted(w for g in groups.values() if len(g) == 1 for w in g))
