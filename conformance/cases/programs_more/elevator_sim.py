class Request:
    def __init__(self, t, src, dst):
        self.t, self.src, self.dst = t, src, dst
        self.picked = self.dropped = None

    def __repr__(self):
        return f"R({self.src}->{self.dst}@{self.t})"


class Elevator:
    def __init__(self, name, floors, capacity=4):
        self.name, self.floors, self.capacity = name, floors, capacity
        self.floor = 0
        self.direction = 0
        self.riders = []
        self.log = []
        self.moves = 0

    def targets(self, waiting):
        stops = {r.dst for r in self.riders}
        if len(self.riders) < self.capacity:
            stops |= {r.src for r in waiting}
        return stops

    def step(self, t, waiting, done):
        leaving = [r for r in self.riders if r.dst == self.floor]
        for r in leaving:
            r.dropped = t
            self.riders.remove(r)
            done.append(r)
        boarding = [r for r in waiting if r.src == self.floor][: self.capacity - len(self.riders)]
        for r in boarding:
            r.picked = t
            waiting.remove(r)
            self.riders.append(r)
        if leaving or boarding:
            self.log.append(f"t={t} {self.name}@{self.floor} out={len(leaving)} in={len(boarding)}")
        stops = self.targets(waiting)
        if not stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = (nearest > self.floor) - (nearest < self.floor)
        ahead = [f for f in stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            ahead = [f for f in stops if (f - self.floor) * self.direction > 0]
        if ahead:
            self.floor += self.direction
            self.moves += 1
        else:
            self.direction = 0


schedule = [Request(0, 0, 5), Request(0, 3, 1), Request(1, 7, 0), Request(2, 2, 6), Request(4, 6, 2),
            Request(5, 0, 9), Request(5, 0, 4), Request(8, 9, 0), Request(12, 5, 5), Request(13, 1, 8)]
schedule = [r for r in schedule if r.src != r.dst]
lifts = [Elevator("A", 10, capacity=2), Elevator("B", 10, capacity=3)]
lifts[1].floor = 9
waiting, done, t, pending = [], [], 0, list(schedule)
while (pending or waiting or any(e.riders for e in lifts)) and t < 200:
    while pending and pending[0].t <= t:
        waiting.append(pending.pop(0))
    for e in lifts:
        e.step(t, waiting, done)
    t += 1
for e in lifts:
    print(e.name, "moves", e.moves, "final floor", e.floor)
    for line in e.log:
        print("  " + line)
for r in sorted(done, key=lambda r: (r.t, r.src)):
    print(r, "wait", r.picked - r.t, "ride", r.dropped - r.picked)
print("all done at", t, "avg trip", round(sum(r.dropped - r.t for r in done) / len(done), 2))
