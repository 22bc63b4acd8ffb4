# Generators that hold resources: context managers made with
# contextlib.contextmanager, pipelines whose stages wrap their loop in
# try/finally, early exits that close them, and a hundred such generators
# left suspended inside their try while the rest runs, so the drop of
# every other one is checked for a finalizer to run.
import contextlib

opened = 0
closed = 0


@contextlib.contextmanager
def resource(name):
    global opened, closed
    opened += 1
    try:
        yield name
    finally:
        closed += 1


def numbered(items):
    try:
        for i, x in enumerate(items):
            yield i, x
    finally:
        pass


def parsed(lines):
    try:
        for line in lines:
            yield [int(part) for part in line.split(",")]
    finally:
        pass


def first_index(items, wanted):
    for i, x in numbered(items):
        if x == wanted:
            return i
    return -1


def head(gen, n):
    out = []
    for _ in range(n):
        out.append(next(gen))
    return out


def work(rounds):
    data = list(range(40))
    lines = [f"{i},{i * 2},{i * 3}" for i in range(30)]
    total = 0
    for k in range(rounds):
        with resource(k) as name:
            total += first_index(data, name % 40)
        g = numbered(data)  # the previous one is dropped suspended in its try
        total += sum(i for i, _ in head(g, 4))
        for row in parsed(lines):
            total += row[2] - row[1]
            if row[0] > 20:
                break
    return total


keep = [numbered(range(10)) for _ in range(100)]
for g in keep:
    next(g)
print(work(6000))
print(opened, closed)
