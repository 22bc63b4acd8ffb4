# Seeded sequences for int seeds: small, zero, negative, big (several
# 32-bit words), bools, and the same seed giving the same sequence again.
import random

for s in [0, 1, 42, -42, 2**32 - 1, 2**32, -(2**32), 2**64 + 12345, 10**50, -(10**40), True, False]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)], random.getrandbits(32), random.getrandbits(70))

random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
b = [random.random() for _ in range(5)]
print(a == b, a)

# Enough draws to twist the state several times.
random.seed(7)
xs = [random.getrandbits(32) for _ in range(2000)]
print(xs[0], xs[623], xs[624], xs[1247], xs[1999], sum(xs) % 1000003)
