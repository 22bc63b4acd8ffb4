from enum import Enum
from itertools import cycle, islice


class Light(Enum):
    RED = ("stop", 30)
    GREEN = ("go", 25)
    YELLOW = ("slow", 5)

    def __init__(self, action, seconds):
        self.action = action
        self.seconds = seconds

    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % 3]


timeline = []
t = 0
state = Light.RED
while t < 130:
    timeline.append((t, state))
    t += state.seconds
    state = state.next()
for start, st in timeline:
    print(f"{start:>4}s {st.name:<6} {st.action:<5} for {st.seconds}s")
print(Light.GREEN.value, Light(("slow", 5)), [l.name for l in islice(cycle(Light), 5)])
total = sum(l.seconds for l in Light)
print({l.name: f"{l.seconds / total:.0%}" for l in Light})


def light_at(second):
    s = second % total
    for l in (Light.RED, Light.GREEN, Light.YELLOW):
        if s < l.seconds:
            return l
        s -= l.seconds


print([light_at(x).name[0] for x in range(0, 120, 7)])
