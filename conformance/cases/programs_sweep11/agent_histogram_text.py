from collections import Counter

latencies = [12, 15, 11, 45, 22, 18, 95, 13, 17, 21, 300, 19, 14, 16, 23, 25, 55, 12]
buckets = [10, 20, 50, 100, 1000]
counts = Counter()
for l in latencies:
    for b in buckets:
        if l < b:
            counts[b] += 1
            break
width = 30
peak = max(counts.values())
lo = 0
for b in buckets:
    n = counts[b]
    bar = "█" * round(n / peak * width)
    print(f"{lo:>4}-{b - 1:<4} {n:>3} {bar}")
    lo = b
s = sorted(latencies)


def pct(p):
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


print({p: round(pct(p), 1) for p in (50, 90, 95, 99)}, sum(s) / len(s))
