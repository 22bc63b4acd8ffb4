import sys
from statistics import mean, median
from collections import defaultdict

readings = defaultdict(list)
bad = 0
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        city, value = line.rsplit(",", 1)
        readings[city.strip().title()].append(float(value))
    except ValueError:
        bad += 1
print(f"{'city':<10}{'n':>3}{'min':>7}{'max':>7}{'mean':>8}{'median':>8}")
for city in sorted(readings, key=lambda c: -mean(readings[c])):
    v = readings[city]
    print(f"{city:<10}{len(v):>3}{min(v):>7.1f}{max(v):>7.1f}{mean(v):>8.2f}{median(v):>8.2f}")
print("bad lines:", bad)
