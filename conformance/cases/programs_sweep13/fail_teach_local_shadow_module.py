import math


def circle_area(r):
    area = math.pi * r * r
    return area


def hypotenuse(a, b):
    math = a * a + b * b
    return math.sqrt(math)


print(round(circle_area(2), 3))
print(hypotenuse(3, 4))
