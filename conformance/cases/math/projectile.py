# Projectile motion with trig functions.
import math

g = 9.81
v0 = 20.0
for angle in (15, 30, 45, 60, 75):
    theta = math.radians(angle)
    vx, vy = v0 * math.cos(theta), v0 * math.sin(theta)
    flight = 2 * vy / g
    rng = vx * flight
    peak = vy * vy / (2 * g)
    print(f"{angle:2d} deg: range {rng:7.3f} m, peak {peak:6.3f} m, time {flight:5.3f} s")
best = max(range(1, 90), key=lambda a: math.sin(2 * math.radians(a)))
print("best angle", best)
t, dt, x, y = 0.0, 0.1, 0.0, 0.0
vx, vy = v0 * math.cos(math.radians(45)), v0 * math.sin(math.radians(45))
steps = 0
while y >= 0:
    x += vx * dt
    vy -= g * dt
    y += vy * dt
    t += dt
    steps += 1
print(steps, round(t, 1), round(x, 3))
