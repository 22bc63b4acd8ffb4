import bisect
from datetime import time

SHIFTS = [time(0, 0), time(6, 0), time(14, 0), time(22, 0)]
NAMES = ["night", "morning", "evening", "night"]
events = ["05:59", "06:00", "13:30", "14:00", "21:59", "22:00", "23:59", "00:00"]
for e in events:
    h, m = map(int, e.split(":"))
    t = time(h, m)
    idx = bisect.bisect_right(SHIFTS, t) - 1
    print(e, NAMES[idx])
breaks = [0, 18.5, 25, 30]
labels = ["under", "normal", "over", "obese"]
for bmi in [17.0, 18.5, 24.9, 25.0, 31.2]:
    print(bmi, labels[bisect.bisect_right(breaks, bmi) - 1])
