# Sorting by tuple keys: the first differing items decide, equal-by-identity
# items are skipped, shorter tuples first; user __eq__/__lt__ calls counted.
import random
random.seed(7)
rows = [(random.randint(0, 5), random.choice("abc"), random.random()) for _ in range(300)]
print(sorted(rows)[:5], sorted(rows, reverse=True)[:3])
print(sorted([(1,), (1, 0), (0, 9), (1, -1), (0,)]), sorted([(), (1,), ()]))
print(sorted([(2.5, "x"), (1.5, "y"), (2.5, "a"), (float("inf"), ""), (-0.0, "z"), (0.0, "w")]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("ab", 0)]))
print(sorted([(10**20, 1), (5, 2), (10**20, 0), (-10**30, 5)]))
nan = float("nan")
print(sorted([(nan, 1), (nan, 0), (1.0, 2)], key=lambda t: t))
print(sorted([(1, [2, 1]), (1, [1, 9]), (0, [5])]))
calls = []
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): calls.append(("eq", self.v, o.v)); return self.v == o.v
    def __lt__(self, o): calls.append(("lt", self.v, o.v)); return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K({self.v})"
ks = [(K(2), 1), (K(1), 2), (K(2), 0)]
print(sorted(ks), len(calls))
calls.clear()
print(sorted([(0, K(3)), (0, K(1)), (1, K(0))]), calls)
print(sorted([(1, "a"), (1.0, "b"), (True, "c"), (0, "d")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1,), ("a",)])
except TypeError as e:
    print("TypeError:", e)
people = [{"age": a, "score": s} for a, s in [(3, .5), (1, .2), (3, .9), (1, .1)]]
people.sort(key=lambda p: (p["age"], -p["score"]))
print(people)
print(sorted(["bb", "a", "ccc", "ab"], key=lambda w: (len(w), w)))
class T(tuple): pass
print(sorted([T((2, 1)), T((1, 2))]), sorted([(2,), T((1,))]))
