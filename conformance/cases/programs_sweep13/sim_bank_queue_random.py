import random
from collections import deque
from statistics import mean

rng = random.Random(11)
tellers = 2
queue = deque()
busy = [0] * tellers
waits = []
served = 0
for minute in range(60):
    for _ in range(rng.choices([0, 1, 2, 3], weights=[3, 4, 2, 1])[0]):
        queue.append(minute)
    for t in range(tellers):
        if busy[t] > 0:
            busy[t] -= 1
        if busy[t] == 0 and queue:
            arrived = queue.popleft()
            waits.append(minute - arrived)
            busy[t] = rng.randint(1, 4)
            served += 1
    if minute % 15 == 14:
        print(f"minute {minute + 1:2}: queue={len(queue):2} served={served}")
print("average wait %.2f, max wait %d, still waiting %d" % (mean(waits), max(waits), len(queue)))
hist = {}
for w in waits:
    hist[w // 5 * 5] = hist.get(w // 5 * 5, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:2}-{bucket + 4:2} {'#' * hist[bucket]}")
