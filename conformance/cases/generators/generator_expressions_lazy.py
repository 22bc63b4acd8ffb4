# Generator expressions are lazy and single-use.
log = []


def noisy(x):
    log.append(x)
    return x * 2


gen = (noisy(x) for x in range(5))
print(log)
print(next(gen), log)
print(list(gen), log)
print(list(gen))
first_big = next(v for v in (noisy(x) for x in range(100)) if v > 6)
print(first_big, len(log))
squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
