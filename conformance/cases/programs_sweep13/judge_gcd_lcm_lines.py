import sys
from math import gcd, lcm
from functools import reduce

for case, line in enumerate(sys.stdin, 1):
    nums = list(map(int, line.split()))
    if not nums:
        continue
    g = reduce(gcd, nums)
    l = reduce(lcm, nums)
    reduced = [x // g for x in nums]
    print(f"Case {case}: gcd={g} lcm={l} reduced={reduced} coprime={g == 1}")
