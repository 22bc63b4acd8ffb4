# Simple generator functions.
def count_up(n):
    i = 1
    while i <= n:
        yield i
        i += 1


def squares(limit):
    for i in range(limit):
        yield i * i


print(list(count_up(5)), list(squares(6)), sum(squares(10)), list(count_up(0)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e))
print(next(g, "exhausted"))
for v in count_up(3):
    print("loop", v)


def evens_then_odds(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
    for x in xs:
        if x % 2:
            yield x


print(list(evens_then_odds([1, 2, 3, 4, 5, 6])))
