# gcd and lcm with any number of arguments, signs, zeros and big ints.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18))
print(math.gcd(0, 0), math.gcd(0, -5), math.gcd(12, 18, 27), math.gcd(1, 10**30), math.gcd(2**100, 6**50))
print(math.gcd(2**62, -2**62), math.gcd(-2**63, 2**63), math.gcd(True, 4), math.gcd(3**100, 3**90 * 2))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 0))
print(math.lcm(4, 6, 10), math.lcm(2**64, 3), math.lcm(-2**62, 2**62 + 2), math.lcm(*range(1, 21)))
print(math.lcm(0, 10**30), math.lcm(True, 7), type(math.gcd(True)).__name__, math.gcd(True))
show("gcd float", math.gcd, 1.5, 2)
show("gcd float after 1", math.gcd, 1, 2, 3.5)
show("gcd str", math.gcd, "a")
show("gcd float one", math.gcd, 2.0)
show("lcm float after 0", math.lcm, 0, 2.5)
show("lcm str", math.lcm, 4, "6")
show("lcm none", math.lcm, None)
