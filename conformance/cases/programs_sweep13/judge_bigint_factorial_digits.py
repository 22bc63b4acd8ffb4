import sys
import math

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    n = int(line)
    f = math.factorial(n)
    s = str(f)
    trailing = len(s) - len(s.rstrip("0"))
    print(f"{n}! has {len(s)} digits, digit sum {sum(map(int, s))}, {trailing} trailing zeros")
    print(" first 10:", s[:10], "last nonzero:", s.rstrip("0")[-1])
print(pow(2, 521, 10**20), (2**521 - 1) % 1000003)
print(math.comb(200, 100) % (10**9 + 7), math.isqrt(10**50 + 12345))
