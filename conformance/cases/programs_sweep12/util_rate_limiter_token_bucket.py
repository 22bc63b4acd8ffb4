class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = 0.0

    def allow(self, now, cost=1):
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = []

    def allow(self, now):
        self.hits = [t for t in self.hits if t > now - self.window]
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


times = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 1.1, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 6.0]
tb, sw = TokenBucket(rate=2, capacity=3), SlidingWindow(limit=3, window=1.0)
print(f"{'t':>4} {'bucket':>7} {'tokens':>7} {'window':>7}")
for t in times:
    a = tb.allow(t)
    b = sw.allow(t)
    print(f"{t:>4} {str(a):>7} {tb.tokens:>7.2f} {str(b):>7}")
print(sum(TokenBucket(1, 5).allow(t / 10) for t in range(100)))
big = TokenBucket(rate=10, capacity=20)
print([big.allow(0, cost=c) for c in (5, 10, 6, 5)], round(big.tokens, 2))
