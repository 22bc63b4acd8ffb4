from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def windowed(seq, n):
    it = iter(seq)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)


print(list(chunked(range(10), 3)), list(chunked("", 2)), list(chunked("abcd", 4)))
print(list(windowed([1, 2, 3, 4, 5], 3)), list(windowed([1, 2], 3)))
print(list(interleave("abc", [1, 2], "XYZW")))
try:
    list(chunked([1], 0))
except ValueError as e:
    print("ValueError", e)
g = chunked(range(5), 2)
print(next(g), g.send(None), list(g))
