import math

angles = [0, 30, 45, 90]
print(list(map(lambda d: round(math.sin(math.radians(d)), 4), angles)))
values = [4, 9, 16, -1, 25]
print(list(map(math.sqrt, values[:3])))
roots = list(map(math.sqrt, values))
print(roots)
