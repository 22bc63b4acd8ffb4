# Tuples compare lexicographically; useful for multi-key sorting.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2))
print((1, "a") < (1, "b"), (0, 0) <= (0, 0), (3, 1) != (3, 1.0), max((1, 9), (2, 0)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
students = [("Bea", 88, 20), ("Al", 92, 19), ("Cy", 88, 18), ("Di", 75, 21), ("Ed", 92, 22)]
print(sorted(students))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(sorted(students, key=lambda s: (s[2] % 2, s[2])))
print(min(students, key=lambda s: s[1]), max(students, key=lambda s: (s[1], s[2])))
points = [(3, 4), (-1, 0), (0, 0), (2, -2), (-3, -4)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(sorted(points, reverse=True))
