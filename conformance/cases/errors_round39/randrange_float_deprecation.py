# randrange() with float arguments: python3.11 warns (DeprecationWarning,
# charged to the caller, so shown for __main__ and not through randint) and
# refuses non-integral ones.
import random

random.seed(1)
print(random.randrange(5.0))
print(random.randrange(1, 7.0))
print(random.randrange(1, 9, 2.0))
try:
    random.randint(1.5, 3)
except ValueError as e:
    print(e)
print(random.randint(1.0, 3))
r = random.Random(2)
print(r.randrange(10.0))


def helper():
    return random.randrange(3.0)


print(helper())
try:
    random.randrange(0, 2.5)
except ValueError as e:
    print(e)
raise SystemExit("done")
