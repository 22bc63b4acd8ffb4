import sys

lines = sys.stdin.read().splitlines()
n = int(lines[0])
points = []
for line in lines[1:n + 1]:
    x, y = map(float, line.split())
    points.append((x, y))
cx = sum(p[0] for p in points) / n
cy = sum(p[1] for p in points) / n
print(f"centroid {cx:.3f} {cy:.3f}")
