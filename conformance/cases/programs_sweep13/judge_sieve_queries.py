import sys

queries = list(map(int, sys.stdin.read().split()))
limit = max(queries)
sieve = bytearray([1]) * (limit + 1)
sieve[0] = sieve[1] = 0
for p in range(2, int(limit ** 0.5) + 1):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
prefix = [0] * (limit + 1)
count = 0
for i in range(limit + 1):
    count += sieve[i]
    prefix[i] = count
out = []
for q in queries:
    out.append(f"{q}: pi={prefix[q]} {'prime' if sieve[q] else 'composite' if q > 1 else 'neither'}")
sys.stdout.write("\n".join(out) + "\n")
print(sum(sieve), bytes(sieve[:20]).hex())
