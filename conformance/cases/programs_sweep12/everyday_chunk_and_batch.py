from itertools import islice, zip_longest


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fill)


def chunks_by_size(items, limit, size=len):
    chunk, total = [], 0
    for item in items:
        s = size(item)
        if chunk and total + s > limit:
            yield chunk
            chunk, total = [], 0
        chunk.append(item)
        total += s
    if chunk:
        yield chunk


ids = list(range(1, 12))
for b in batched(ids, 4):
    print("batch", b)
print(list(grouper("ABCDEFG", 3, "x")))
messages = ["hello", "a much longer message here", "hi", "ok", "another fairly long one", "z"]
for i, chunk in enumerate(chunks_by_size(messages, 30), 1):
    print(i, chunk, sum(map(len, chunk)))
rows = [f"row{i}" for i in range(7)]
pages = [rows[i:i + 3] for i in range(0, len(rows), 3)]
print(pages, len(pages))
print(list(batched("", 3)), list(batched([1], 5)))
