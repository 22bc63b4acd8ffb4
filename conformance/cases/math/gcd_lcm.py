# gcd and lcm with any number of arguments.
import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(17, 13), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(), math.gcd(7), math.gcd(-7), math.gcd(12, 18, 24), math.gcd(6, 10, 15), math.gcd(True, 4))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(7), math.lcm(2, 3, 4, 5), math.lcm(*range(1, 21)))
try:
    math.gcd(1.5, 3)
except TypeError as e:
    print("TypeError", e)
try:
    math.lcm(2, "4")
except TypeError as e:
    print("TypeError", e)
fractions = [(6, 8), (10, 25), (7, 13), (0, 3), (-4, 6)]
for n, d in fractions:
    g = math.gcd(n, d)
    print(f"{n}/{d} = {n // g}/{d // g}")
