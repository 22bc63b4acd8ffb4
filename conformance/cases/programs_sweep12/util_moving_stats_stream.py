from collections import deque
import math


class RunningStats:
    """Welford's online mean/variance plus a fixed window."""

    def __init__(self, window):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.window = deque(maxlen=window)
        self.min = math.inf
        self.max = -math.inf

    def push(self, x):
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (x - self.mean)
        self.window.append(x)
        self.min = min(self.min, x)
        self.max = max(self.max, x)

    @property
    def variance(self):
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0

    @property
    def window_mean(self):
        return sum(self.window) / len(self.window)

    def zscore(self, x):
        sd = math.sqrt(self.variance)
        return (x - self.mean) / sd if sd else 0.0


stream = [10, 12, 11, 13, 12, 45, 11, 10, 12, 14, 13, 12, -20, 11]
rs = RunningStats(window=4)
for x in stream:
    z = rs.zscore(x) if rs.n > 3 else 0.0
    flag = " <-- anomaly" if abs(z) > 2.5 else ""
    rs.push(x)
    print(f"x={x:>4} n={rs.n:>2} mean={rs.mean:7.3f} sd={math.sqrt(rs.variance):7.3f} "
          f"win={rs.window_mean:7.2f} z={z:+6.2f}{flag}")
print(rs.min, rs.max, list(rs.window), rs.window.maxlen)
