# Removing duplicates while keeping order; counting; chunking.
items = ["b", "a", "c", "a", "b", "d", "c", "e"]
seen = []
for it in items:
    if it not in seen:
        seen.append(it)
print(seen, list(dict.fromkeys(items)))
chunks = [items[i:i + 3] for i in range(0, len(items), 3)]
print(chunks)
pairs = list(zip(items[::2], items[1::2]))
print(pairs)
counts = [[x, items.count(x)] for x in seen]
print(counts, max(counts, key=lambda c: c[1]))
windows = [items[i:i + 2] for i in range(len(items) - 1)]
print(windows[:4], len(windows))
rotated = items[3:] + items[:3]
print(rotated)
