from fractions import Fraction
import sys


def line_through(p, q):
    (x1, y1), (x2, y2) = p, q
    a = y2 - y1
    b = x1 - x2
    c = a * x1 + b * y1
    return a, b, c


def intersect(l1, l2):
    a1, b1, c1 = l1
    a2, b2, c2 = l2
    det = a1 * b2 - a2 * b1
    if det == 0:
        return None
    return Fraction(c1 * b2 - c2 * b1, det), Fraction(a1 * c2 - a2 * c1, det)


def area2(poly):
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        s += x1 * y2 - x2 * y1
    return s


nums = list(map(int, sys.stdin.read().split()))
pts = [(nums[i], nums[i + 1]) for i in range(0, len(nums), 2)]
a, b, c, d = pts[:4]
p = intersect(line_through(a, b), line_through(c, d))
print("intersection:", p if p is None else f"({p[0]}, {p[1]})")
print("as floats:", tuple(round(float(v), 4) for v in p))
poly = pts[4:]
A = Fraction(abs(area2(poly)), 2)
print("polygon area:", A, "=", float(A))
cx = sum(Fraction(x) for x, _ in poly) / len(poly)
cy = sum(Fraction(y) for _, y in poly) / len(poly)
print("vertex centroid:", cx, cy)
print("parallel:", intersect(line_through((0, 0), (1, 1)), line_through((0, 1), (2, 3))))
