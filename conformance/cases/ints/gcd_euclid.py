# Euclid's algorithm, extended Euclid and a tiny fraction simplifier.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def simplify(num, den):
    if den == 0:
        raise ZeroDivisionError("zero denominator")
    g = gcd(num, den)
    num, den = num // g, den // g
    if den < 0:
        num, den = -num, -den
    return num, den


print(gcd(48, 18), gcd(0, 5), gcd(-12, 18), gcd(17, 5), gcd(2 ** 64, 2 ** 40 * 3))
for a, b in ((240, 46), (17, 5), (99, 78), (2 ** 61 - 1, 12345)):
    g, x, y = egcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
for f in ((6, 8), (-6, 8), (6, -8), (0, 5), (100, 25), (10 ** 20, 10 ** 18 * 4)):
    print(f, "->", simplify(*f))
try:
    simplify(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def lcm(a, b):
    return a // gcd(a, b) * b


acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm(1..20) =", acc)
