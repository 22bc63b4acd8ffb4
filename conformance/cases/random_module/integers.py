# randrange, randint, getrandbits, randbytes on seeded generators.
import random

random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print(random.randrange(10**30), random.randint(-(10**20), 10**20))
print(random.randrange(2**64, 2**65, 3))
print(random.randint(5, 5), random.randrange(1))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100)])
print(random.getrandbits(1000))
print(random.randbytes(0), random.randbytes(1), random.randbytes(7), random.randbytes(16))

random.seed(2024)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
