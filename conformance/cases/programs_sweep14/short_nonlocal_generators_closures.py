# Closures over loop variables, nonlocal counters, and generators that
# close over mutable state.
def make_counters():
    counters = []
    for i in range(3):
        def counter(step=i):
            nonlocal_total[0] += step
            return nonlocal_total[0]
        counters.append(counter)
    nonlocal_total = [0]
    return counters


def accumulator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    def gen():
        while True:
            yield total

    return add, gen()


cs = make_counters()
print([c() for c in cs], [c() for c in cs])
add, watch = accumulator()
print(next(watch), add(5), next(watch), add(2), next(watch))
lambdas = [lambda: i for i in range(3)]
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in lambdas], [f() for f in fixed])
