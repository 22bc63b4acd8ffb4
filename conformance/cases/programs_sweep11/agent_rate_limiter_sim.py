from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.hits = {}

    def allow(self, key, now):
        q = self.hits.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.last = 0.0

    def take(self, now, n=1):
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False


lim = SlidingWindowLimiter(3, 10)
events = [(0, "a"), (1, "a"), (2, "b"), (3, "a"), (4, "a"), (11, "a"), (12, "a"), (12, "a"), (13, "b")]
print([(t, k, lim.allow(k, t)) for t, k in events])
tb = TokenBucket(rate=0.5, capacity=2)
print([(t, tb.take(t), round(tb.tokens, 2)) for t in [0, 0.1, 0.2, 1, 2, 4, 4.1, 10]])
