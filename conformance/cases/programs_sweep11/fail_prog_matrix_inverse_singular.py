from fractions import Fraction


def inverse2(m):
    (a, b), (c, d) = m
    det = Fraction(a * d - b * c)
    if not det:
        raise ZeroDivisionError(f"matrix {m} is singular (det = {det})")
    return [[d / det, -b / det], [-c / det, a / det]]


print(inverse2([[4, 7], [2, 6]]))
print(inverse2([[1, 2], [2, 4]]))
