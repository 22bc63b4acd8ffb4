import sys

raw = sys.stdin.buffer.readline()
n = int(raw)
words = []
for _ in range(n):
    words.append(sys.stdin.buffer.readline().rstrip(b"\n").decode())
rest = sys.stdin.buffer.read()
print(type(raw).__name__, n, words)
freq = {}
for w in words:
    key = "".join(sorted(w.lower()))
    freq.setdefault(key, []).append(w)
for key in sorted(freq):
    if len(freq[key]) > 1:
        print(key, freq[key])
print(rest.split(), len(rest))
