# degrees and radians.
import math

for d in (0, 30, 45, 60, 90, 180, 270, 360, -45, 720, 1e-3):
    r = math.radians(d)
    print(d, r, math.degrees(r))
print(math.degrees(math.pi), math.degrees(1), math.radians(180) == math.pi, math.degrees(math.tau))
compass = {"N": 0, "E": 90, "S": 180, "W": 270}
for name, deg in compass.items():
    rad = math.radians(deg)
    print(name, round(math.sin(rad), 12), round(math.cos(rad), 12))
