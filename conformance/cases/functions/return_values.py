# Return statements: none, multiple values, early exits.
def nothing():
    pass


def bare():
    return


def many():
    return 1, "two", [3]


def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return f"stopped at {i}"
    return "finished"


def classify(n):
    if n % 2:
        return "odd"
    else:
        return "even"
    return "unreachable"


print(nothing(), bare(), many(), type(many()).__name__)
a, b, c = many()
print(a, b, c)
print([early(n) for n in (-1, 0, 3, 10, 50)])
print([classify(n) for n in range(4)])


def find_first(items, pred):
    for item in items:
        if pred(item):
            return item


print(find_first([1, 3, 4, 5], lambda v: v % 2 == 0), find_first([], bool))
