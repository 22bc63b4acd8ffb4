class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None

    @property
    def wait(self):
        return self.start - self.arrival


class Teller:
    def __init__(self, name, speed=1):
        self.name, self.speed = name, speed
        self.busy_until = 0
        self.served = []

    def free_at(self, t):
        return self.busy_until <= t


class Queue:
    def __init__(self):
        self.items, self.head = [], 0

    def push(self, x):
        self.items.append(x)

    def pop(self):
        x = self.items[self.head]
        self.head += 1
        return x

    def __len__(self):
        return len(self.items) - self.head


def simulate(n_tellers, seed, n_customers=30):
    rng = LCG(seed)
    t, arrivals = 0, []
    for cid in range(n_customers):
        t += rng.randint(0, 4)
        arrivals.append(Customer(cid, t, rng.randint(2, 9)))
    tellers = [Teller(f"T{i}") for i in range(n_tellers)]
    q, done, clock, i, max_len = Queue(), [], 0, 0, 0
    while len(done) < n_customers:
        while i < n_customers and arrivals[i].arrival == clock:
            q.push(arrivals[i])
            i += 1
        for teller in tellers:
            if teller.free_at(clock) and len(q):
                c = q.pop()
                c.start = clock
                c.end = clock + c.service
                teller.busy_until = c.end
                teller.served.append(c.cid)
                done.append(c)
        max_len = max(max_len, len(q))
        clock += 1
    waits = [c.wait for c in done]
    finish = max(c.end for c in done)
    return {
        "tellers": n_tellers,
        "avg_wait": round(sum(waits) / len(waits), 2),
        "max_wait": max(waits),
        "max_queue": max_len,
        "finish": finish,
        "load": [len(t.served) for t in tellers],
    }


for n in (1, 2, 3, 4):
    print(simulate(n, seed=42))
print(simulate(2, seed=7, n_customers=10))
rng = LCG(1)
print([rng.randint(1, 6) for _ in range(12)])
