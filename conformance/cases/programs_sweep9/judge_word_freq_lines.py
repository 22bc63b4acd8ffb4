import sys
from collections import Counter
counts = Counter()
lines = 0
for line in sys.stdin:
    lines += 1
    words = [w.strip(".,!?;:'\"").casefold() for w in line.split()]
    counts.update(w for w in words if w)
print("lines:", lines)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:<10}{n:>4}")
print(counts.most_common(2))
print(sum(counts.values()), len(counts))
