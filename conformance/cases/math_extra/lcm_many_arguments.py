import math
# Each step of lcm(*args) makes a new int and drops the last one: the
# dropped ones are collected as the fold goes (70000 arguments here leave
# over 256 MB of intermediate results behind otherwise).
print(math.lcm(*range(1, 70000)).bit_length())
print(math.lcm(*range(1, 70000), 0))
print(math.gcd(*range(6, 200000, 6)))
big = 3**5000
for args in [(-4, 6), (4, -6), (-4, -6), (big, -12), (-12, big), (-big, 2**70), (2**70, -big * 7),
             (big * 10, big * 15), (7, 7), (-(2**64), 2**64 + 2)]:
    print(math.lcm(*args) % 1000003, math.lcm(*args[::-1]) % 1000003)
