from collections import deque


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.stops = set()
        self.log = []

    def request(self, floor):
        if not 0 <= floor < self.floors:
            self.log.append(f"ignored bad floor {floor}")
            return
        self.stops.add(floor)

    def step(self, t):
        if not self.stops:
            self.direction = 0
            return False
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"t={t:>2} open doors at {self.floor}")
            return True
        ahead = [s for s in self.stops if (s - self.floor) * (self.direction or 1) > 0]
        if not ahead:
            self.direction = -(self.direction or 1)
        else:
            self.direction = self.direction or (1 if ahead[0] > self.floor else -1)
        self.floor += self.direction
        return True


events = deque([(0, 5), (0, 2), (3, 8), (4, 1), (9, 0), (9, 12), (15, 6)])
e = Elevator(10)
t = 0
while t < 40 and (events or e.stops):
    while events and events[0][0] <= t:
        e.request(events.popleft()[1])
    e.step(t)
    t += 1
print("\n".join(e.log))
print("finished at t =", t, "floor", e.floor)
