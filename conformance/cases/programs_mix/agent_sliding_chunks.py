from collections import deque
from itertools import islice, zip_longest, accumulate, pairwise, chain


def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk


def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fill)


def windows(iterable, n):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)


def moving_average(xs, n):
    total = sum(xs[:n])
    yield total / n
    for old, new in zip(xs, xs[n:]):
        total += new - old
        yield total / n


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)) and not isinstance(x, str):
            yield from flatten(x)
        else:
            yield x


def max_subarray(xs):
    best = cur = xs[0]
    start = best_range = (0, 0)
    s = 0
    for i, x in enumerate(xs[1:], 1):
        if cur < 0:
            cur, s = x, i
        else:
            cur += x
        if cur > best:
            best, best_range = cur, (s, i)
    return best, best_range


data = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]
print(list(chunked(range(10), 4)), list(chunked([], 3)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(windows(data, 3))[:4], sum(1 for _ in windows(data, 4)))
print([round(a, 2) for a in moving_average(data, 3)])
print(list(flatten([1, [2, [3, (4, 5)], "six"], [[[]]], 7])))
print(max_subarray(data), max_subarray([-3, -1, -2]))
print(list(pairwise(accumulate(data))), [b - a for a, b in pairwise(data)])
print(list(chain(*chunked("abcdefg", 3))), ["".join(c) for c in chunked("abcdefg", 3)])
print(dict(zip(*[iter("k1v1k2v2")] * 2)), list(zip(*[[1, 2, 3], [4, 5, 6]])))
pos = lambda xs: [i for i, (a, b) in enumerate(pairwise(xs)) if a < 0 <= b]
print(pos(data), [x for x in data if x > 0][::2], data[::-3])
seen = set()
dedup = [x for x in [3, 1, 3, 2, 1, 5] if not (x in seen or seen.add(x))]
print(dedup, list(dict.fromkeys("mississippi")), sorted(set(data), key=abs))
