import sys
import re
from collections import Counter

text = sys.stdin.read()
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
print("words:", len(words), "unique:", len(freq))
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>8} {n:3d} {'#' * n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(freq.total(), (+freq)["the"], sorted((freq - Counter(words[:5])).elements())[:5])
lines = text.splitlines()
print(len(lines), max(lines, key=len))
