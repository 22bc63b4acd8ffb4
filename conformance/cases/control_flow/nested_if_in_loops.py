# Classifying triangles and tallying results.
triangles = [(3, 4, 5), (2, 2, 2), (2, 2, 3), (1, 2, 3), (5, 12, 13), (0, 1, 1), (7, 7, 10)]
tally = {}
for a, b, c in triangles:
    x, y, z = sorted((a, b, c))
    if x <= 0 or x + y <= z:
        kind = "invalid"
    elif x == z:
        kind = "equilateral"
    elif x == y or y == z:
        kind = "isosceles"
        if x * x + y * y == z * z:
            kind += " right"
    else:
        kind = "scalene"
        if x * x + y * y == z * z:
            kind += " right"
    tally[kind] = tally.get(kind, 0) + 1
    print((a, b, c), kind)
print(tally)
