# Longest Collatz chain below a bound (a classic judge exercise).
def collatz_len(n, cache):
    steps = 0
    path = []
    while n != 1 and n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    base = cache.get(n, 0)
    for i, m in enumerate(path):
        cache[m] = base + steps - i
    return base + steps


cache = {1: 0}
best, best_n = 0, 1
for n in range(1, 30000):
    length = collatz_len(n, cache)
    if length > best:
        best, best_n = length, n
print("longest under 30000:", best_n, best)
print([collatz_len(n, cache) for n in range(1, 21)])
n = 27
seq = [n]
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    seq.append(n)
print(len(seq), max(seq), seq[:10], seq[-5:])
print(collatz_len(2 ** 100 + 1, cache))
