point = (3, 4)
x, y = point
print("distance", (x ** 2 + y ** 2) ** 0.5)
point[0] = 10
