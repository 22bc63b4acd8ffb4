from math import gcd, lcm
from functools import reduce
import sys

rows = [list(map(int, line.split())) for line in sys.stdin if line.strip()]
for nums in rows:
    g = reduce(gcd, nums)
    l = reduce(lcm, nums)
    print(f"{nums}: gcd={g} lcm={l} coprime={'yes' if g == 1 else 'no'}")


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


for a, b in [(240, 46), (17, 5), (99, 78)]:
    g, x, y = ext_gcd(a, b)
    print(f"{a}*{x} + {b}*{y} = {g}", a * x + b * y == g)
