class Elevator:
    def __init__(self, floors):
        self.floor = 0
        self.floors = floors
        self.direction = 1
        self.requests = set()
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.requests.add(floor)

    def tick(self):
        if not self.requests:
            return False
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.log.append(f"stop {self.floor}")
            return True
        ahead = [f for f in self.requests if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            self.log.append("turn " + ("up" if self.direction > 0 else "down"))
        self.floor += self.direction
        return True


e = Elevator(10)
for f in (5, 2, 8):
    e.call(f)
ticks = 0
while e.tick():
    ticks += 1
    if ticks == 3:
        e.call(1)
print(ticks, e.floor, e.log)
try:
    e.call(12)
except ValueError as err:
    print("ValueError:", err)
