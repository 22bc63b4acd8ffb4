import sys, re
from collections import Counter
text = sys.stdin.read()
lines = text.splitlines()
words = re.findall(r"[a-zà-ÿ']+", text.lower())
counts = Counter(words)
print(f"lines={len(lines)} words={len(words)} unique={len(counts)} chars={len(text)}")
print("longest line:", max(enumerate(lines, 1), key=lambda p: (len(p[1]), -p[0])))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    bar = "#" * n
    print(f"{word:>8} {n:2d} {bar}")
blank = sum(1 for l in lines if not l.strip())
print("blank lines:", blank, "| avg word length: %.3f" % (sum(map(len, words)) / len(words)))
print("capitalized:", sorted({w for w in re.findall(r"\b[A-Z]\w*", text)}))
print("palindromes:", sorted({w for w in words if len(w) > 2 and w == w[::-1]}))
