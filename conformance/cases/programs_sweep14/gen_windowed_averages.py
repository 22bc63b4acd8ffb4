# Generator utilities: sliding windows, batching, deduplication that keeps
# order, and interleaving with a send-able pacing generator.
from collections import deque
import itertools


def windows(iterable, n):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)


def batches(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


def unique(iterable, key=None):
    seen = set()
    for x in iterable:
        k = key(x) if key else x
        if k not in seen:
            seen.add(k)
            yield x


def pacer(step=1):
    n = 0
    while True:
        new_step = yield n
        if new_step is not None:
            step = new_step
        n += step


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print([round(sum(w) / len(w), 2) for w in windows(data, 3)])
print(list(batches(data, 4)), list(batches([], 3)))
print(list(unique(data)), list(unique(["a", "B", "b", "A", "c"], key=str.lower)))
p = pacer()
print(next(p), next(p), p.send(10), next(p), p.send(-5), next(p))
print(list(itertools.islice(windows(itertools.count(), 2), 3)))
