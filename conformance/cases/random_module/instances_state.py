# Random instances with their own state, getstate/setstate round trips,
# subclasses overriding random() or getrandbits().
import random

a = random.Random(99)
b = random.Random(99)
c = random.Random("99")
print(a.random() == b.random(), a.randint(1, 1000), b.randint(1, 1000), c.random())
random.seed(99)
x = random.random()
print(x == random.Random(99).random())

r = random.Random(5)
r.gauss()
state = r.getstate()
print(len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r.random(), r.gauss(), r.randrange(1000), r.getrandbits(50)]
r.setstate(state)
second = [r.random(), r.gauss(), r.randrange(1000), r.getrandbits(50)]
print(first == second, first)
print(state[1][:3], state[1][623])

s = random.Random()
s.setstate(state)
print(s.random() == first[0])

random.seed(8)
saved = random.getstate()
one = random.sample(range(100), 5)
random.setstate(saved)
print(one == random.sample(range(100), 5), one)

fresh = random.Random(0)
print(fresh.getstate()[1][624], fresh.random(), fresh.getstate()[1][624])


class Dice(random.Random):
    def __init__(self, sides, seed=None):
        super().__init__(seed)
        self.sides = sides

    def roll(self):
        return self.randint(1, self.sides)


d = Dice(20, 3)
print([d.roll() for _ in range(10)], d.sides)


class Halves(random.Random):
    def random(self):
        return 0.5


h = Halves(1)
print(h.randrange(10), h.choice("abcd"), h.uniform(0, 4), h.randint(1, 3))


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


cr = Counting(4)
print(cr.randrange(1000), cr.choice(range(50)), Counting.calls)
print(isinstance(cr, random.Random), random.Random.VERSION)

# version 2 states are reduced mod 2**32.
v = random.Random(6)
st = v.getstate()
v2 = (2, tuple(x + 2**32 for x in st[1][:-1]) + (st[1][-1],), None)
w = random.Random()
w.setstate(v2)
print(w.random() == v.random())
