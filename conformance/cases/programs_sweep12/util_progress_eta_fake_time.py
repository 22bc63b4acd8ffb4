class Progress:
    def __init__(self, total, width=30):
        self.total, self.width = total, width
        self.done = 0
        self.samples = []

    def update(self, n, now):
        self.done += n
        self.samples.append((now, self.done))
        self.samples = self.samples[-5:]

    def rate(self):
        if len(self.samples) < 2:
            return None
        (t0, d0), (t1, d1) = self.samples[0], self.samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else None

    def render(self):
        frac = self.done / self.total
        filled = int(frac * self.width)
        r = self.rate()
        eta = "?" if not r else f"{(self.total - self.done) / r:.0f}s"
        return f"[{'=' * filled}{'>' if filled < self.width else ''}{' ' * (self.width - filled - 1)}] {frac:6.1%} eta {eta}"


p = Progress(1000)
now = 0.0
for chunk in [50, 80, 120, 60, 200, 150, 90, 250]:
    now += chunk / 40
    p.update(chunk, now)
    print(f"t={now:6.2f} {p.render()}")
print(p.done, round(p.rate(), 2), len(p.samples))
