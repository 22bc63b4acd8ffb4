from collections import defaultdict, OrderedDict

pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("grain", "rye"), ("veg", "leek")]
grouped = defaultdict(list)
for k, v in pairs:
    grouped[k].append(v)
print(dict(grouped))
inverted = {v: k for k, vs in grouped.items() for v in vs}
print(inverted)
counts = {}
for k, _ in pairs:
    counts[k] = counts.get(k, 0) + 1
print(counts, max(counts, key=counts.get))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b} == a | b)
a |= {"w": 0}
print(a, list(a.keys() & b.keys()), a.keys() - b.keys())
nested = {}
for path, val in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3)]:
    node = nested
    *parents, leaf = path.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = val
print(nested)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
d = dict(zip("abc", range(3)))
print(d.pop("b"), d.pop("zz", "missing"), d.setdefault("q", []), d, list(reversed(d)))
