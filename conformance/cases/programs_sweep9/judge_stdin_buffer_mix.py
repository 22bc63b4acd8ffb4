import sys
first = sys.stdin.readline()
data = sys.stdin.buffer.read() if False else sys.stdin.read()
tokens = data.split()
print(repr(first), len(tokens), tokens[:3], tokens[-1:])
nums = list(map(int, tokens))
print(sum(nums), max(nums), min(nums), sorted(nums)[len(nums) // 2])
from collections import Counter
cnt = Counter(nums)
best = max(cnt.items(), key=lambda kv: (kv[1], -kv[0]))
print(best, len(cnt), sys.stdin.readlines(), list(sys.stdin))
out = []
for i, x in enumerate(nums[:10]):
    out.append(f"Case #{i + 1}: {x * x}")
sys.stdout.write("\n".join(out) + "\n")
print(sys.stdin.isatty() if hasattr(sys.stdin, "isatty") else "", sys.stdin.closed if hasattr(sys.stdin, "closed") else "")
