import sys
from math import factorial, isqrt
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    n = int(line)
    if n < 0:
        print(f"{n}: undefined")
        continue
    f = factorial(n)
    s = str(f)
    trailing = len(s) - len(s.rstrip("0"))
    print(f"{n}! has {len(s)} digits, digit sum {sum(map(int, s))}, {trailing} trailing zeros, isqrt {isqrt(f) % 1000}, hex tail {hex(f)[-6:]}")
