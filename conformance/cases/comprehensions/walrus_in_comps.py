# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [3, 7, 1, 9, 4]
doubled = [y for x in data if (y := x * 2) > 6]
print(doubled, y)
running = 0
prefix = [running := running + v for v in data]
print(prefix, running)
words = ["alpha", "be", "gamma", "pi"]
long_words = [(w, n) for w in words if (n := len(w)) > 2]
print(long_words, n)


def last_match(items):
    [hit := item for item in items if item % 2 == 0]
    return hit


print(last_match([1, 2, 3, 4, 5]))
