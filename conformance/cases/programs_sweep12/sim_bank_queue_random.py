import random
import statistics
from collections import deque

random.seed(2024)


class Customer:
    _next_id = 1

    def __init__(self, arrival, service):
        self.id = Customer._next_id
        Customer._next_id += 1
        self.arrival = arrival
        self.service = service


def simulate(tellers, minutes, arrival_p, max_service):
    queue = deque()
    busy = [0] * tellers
    waits = []
    served = 0
    longest = 0
    for t in range(minutes):
        if random.random() < arrival_p:
            queue.append(Customer(t, random.randint(1, max_service)))
        longest = max(longest, len(queue))
        for i in range(tellers):
            if busy[i] > 0:
                busy[i] -= 1
            if busy[i] == 0 and queue:
                c = queue.popleft()
                waits.append(t - c.arrival)
                busy[i] = c.service
                served += 1
    return served, waits, longest, len(queue)


for tellers in (1, 2, 3):
    served, waits, longest, left = simulate(tellers, 480, 0.3, 8)
    print(f"tellers={tellers} served={served} left={left} longest={longest} "
          f"mean_wait={statistics.mean(waits):.2f} median={statistics.median(waits)} "
          f"max={max(waits)}")
print(random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.randrange(0, 100, 7), round(random.gauss(0, 1), 6))
print(random.choices("xyz", weights=[5, 1, 1], k=8), random.getrandbits(16))
