import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
deck = list(range(10)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=6), random.randrange(0, 100, 7))
print(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.getrandbits(70), random.triangular())
r = random.Random("seed-string")
print(r.random(), r.randint(-5, 5), r.sample(["x", "y", "z"], k=2), r.betavariate(2, 3), r.randbytes(4))
random.seed(12345); a = [random.random() for _ in range(3)]
random.seed(12345); b = [random.random() for _ in range(3)]
print(a == b, random.choice([None]), random.sample("abc", 0))
st = random.getstate(); x = random.random(); random.setstate(st); print(x == random.random())
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
random.seed(7)
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2), random.gammavariate(2, 2))
random.seed(2**80 + 3); print(random.random()); random.seed(-5); print(random.random()); random.seed(3.5); print(random.random())
random.seed(b"bytes"); print(random.random())
