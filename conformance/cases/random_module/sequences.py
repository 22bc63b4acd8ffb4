# choice, shuffle, sample (both algorithms, counts=), choices (weights,
# cum_weights, k).
import random

random.seed(1)
print([random.choice("abcdefg") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice(range(100, 200)), random.choice((1.5, 2.5)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
empty = []
random.shuffle(empty)
one = [1]
random.shuffle(one)
print(empty, one)

random.seed(2)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefghij", 4))
print(random.sample(list(range(30)), 30))
print(random.sample(range(1000), 25))
print(random.sample(range(25), 6))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(5), 0))
print(random.sample((1, 2, 3), k=3))

random.seed(3)
print(random.choices("abc"))
print(random.choices(range(10), k=8))
print(random.choices(["a", "b", "c"], [10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], weights=[0.5, 0.25, 0.25], k=10))
print(random.choices(["x", "y", "z"], cum_weights=[1, 5, 6], k=10))
print(random.choices([1, 2, 3], k=0))
