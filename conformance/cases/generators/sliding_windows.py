# Windows, pairs and chunks with generators.
def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


def chunks(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(windows(data, 3)), [sum(w) / 3 for w in windows(data, 3)])
print(list(pairwise(data)), [b - a for a, b in pairwise(data)], list(pairwise([])))
print(list(chunks(range(10), 4)), list(chunks("abcdefg", 3)), list(chunks([], 2)))
