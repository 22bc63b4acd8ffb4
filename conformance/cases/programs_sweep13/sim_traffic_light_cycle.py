from itertools import cycle, islice, accumulate

PHASES = [("green", 25), ("yellow", 5), ("red", 30)]


def phase_at(t, phases=PHASES):
    period = sum(d for _, d in phases)
    t %= period
    bounds = list(accumulate(d for _, d in phases))
    for (name, _), end in zip(phases, bounds):
        if t < end:
            return name, end - t
    raise AssertionError("unreachable")


for t in (0, 24, 25, 29, 30, 59, 60, 125):
    name, left = phase_at(t)
    print(f"t={t:3}: {name:6} ({left:2}s left)")
print(list(islice(cycle(n for n, _ in PHASES), 7)))
cars = [3, 7, 26, 28, 31, 45, 61]
waits = [0 if phase_at(t)[0] == "green" else phase_at(t)[1] + (30 if phase_at(t)[0] == "yellow" else 0) for t in cars]
print(list(zip(cars, waits)), sum(waits) / len(waits))
