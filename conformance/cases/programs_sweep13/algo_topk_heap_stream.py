import heapq
import random

rng = random.Random(8)
stream = [(rng.randint(1, 1000), f"user{rng.randint(1, 50)}") for _ in range(300)]
top = []
for score, user in stream:
    if len(top) < 5:
        heapq.heappush(top, (score, user))
    elif score > top[0][0]:
        heapq.heapreplace(top, (score, user))
print(sorted(top, reverse=True))
print(heapq.nlargest(5, stream) == sorted(top, reverse=True))
print(heapq.nsmallest(3, stream, key=lambda s: (s[0], s[1])))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heappop(h), h)
running = []
medians = []
for x in [5, 15, 1, 3, 2, 8, 7]:
    running.append(x)
    s = sorted(running)
    n = len(s)
    medians.append(s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2)
print(medians)
