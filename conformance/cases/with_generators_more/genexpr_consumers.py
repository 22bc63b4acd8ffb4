data = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x for x in data), sum((x * x for x in data), 100), sum(x for x in data if x > 100))
print(any(x > 5 for x in data), any(x > 50 for x in data), all(x != 0 for x in data), all(x > 0 for x in data), any(()), all(()))
print(min(x for x in data), max(abs(x) for x in data), min((x for x in data if x > 100), default="none"))
print(max((x for x in data), key=lambda v: -v), min(("pear", "fig", "banana"), key=len))
print(sorted(x % 4 for x in data), sorted((x for x in data), reverse=True), sorted((str(x) for x in data), key=int))
seen = []
def pred(x):
    seen.append(x)
    return x < 0
print(any(pred(x) for x in data), seen)
seen.clear()
print(all(not pred(x) for x in data), seen)
try:
    max(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(x for x in [] if x)
except ValueError as e:
    print(type(e).__name__, e)
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
print(list(zip((c for c in "abc"), (i for i in range(10)))), dict((k, len(k)) for k in ["a", "bb"]))
print(", ".join(str(x) for x in range(4)), tuple(x for x in "hi"), set(x % 3 for x in range(10)))
nested = sum(x * y for x in range(1, 4) for y in range(1, 4) if x != y)
print(nested, list((x, y) for x in range(3) for y in range(x)))
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted(x for x in [1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(max(range(3), default=9), min([], default=None), sum([[1], [2]], []), sum([0.1] * 10))
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
