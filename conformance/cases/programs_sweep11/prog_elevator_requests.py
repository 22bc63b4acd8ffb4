class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.at = 0
        self.up = set()
        self.down = set()
        self.direction = 1
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        (self.up if floor > self.at else self.down).add(floor)

    def step(self):
        targets = self.up if self.direction > 0 else self.down
        if not targets:
            self.direction = -self.direction
            targets = self.up if self.direction > 0 else self.down
            if not targets:
                return False
        nxt = min(targets) if self.direction > 0 else max(targets)
        targets.discard(nxt)
        self.log.append(f"{self.at}->{nxt}")
        self.at = nxt
        return True


e = Elevator(10)
for f in [5, 2, 8]:
    e.call(f)
while e.step():
    if e.at == 5:
        e.call(1)
        e.call(9)
print(" ".join(e.log), e.at)
try:
    e.call(12)
except ValueError as err:
    print("ValueError", err)
