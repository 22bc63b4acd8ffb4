# Reading every token at once, as fast judge solutions do.
import sys

data = sys.stdin.read().split()
n = int(data[0])
nums = list(map(int, data[1:1 + n]))
queries = data[1 + n:]
prefix = [0]
for x in nums:
    prefix.append(prefix[-1] + x)
out = []
for i in range(0, len(queries), 2):
    lo, hi = int(queries[i]), int(queries[i + 1])
    out.append(str(prefix[hi] - prefix[lo - 1]))
sys.stdout.write("\n".join(out) + "\n")
