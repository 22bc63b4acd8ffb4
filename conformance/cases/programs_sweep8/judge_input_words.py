n = int(input())
words = [input().strip() for _ in range(n)]
from collections import Counter, defaultdict
c = Counter(w.lower() for w in words)
for w, k in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:<10}{k:>3}")
print(c.most_common(2))
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w.lower()))].append(w)
for key in sorted(groups):
    print(key, "->", ", ".join(groups[key]))
try:
    while True:
        line = input()
        print("extra:", line.split(","))
except EOFError as e:
    print("EOF", repr(str(e)))
