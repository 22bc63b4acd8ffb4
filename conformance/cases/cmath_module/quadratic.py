# The textbook quadratic solver: cmath.sqrt gives complex roots for a
# negative discriminant and (x+0j) roots otherwise.
import cmath

def solve(a, b, c):
    d = (b ** 2) - (4 * a * c)
    sol1 = (-b - cmath.sqrt(d)) / (2 * a)
    sol2 = (-b + cmath.sqrt(d)) / (2 * a)
    return sol1, sol2

for a, b, c in [(1, 5, 6), (1, 2, 5), (1, -2, 1), (2, 3, 4), (1, 0, -4), (3, 0, 1)]:
    s1, s2 = solve(a, b, c)
    print('The solution are {0} and {1}'.format(s1, s2))
    print(f"  {s1.real:.3f}{s1.imag:+.3f}j", abs(s1 * s2 - c / a) < 1e-9)
