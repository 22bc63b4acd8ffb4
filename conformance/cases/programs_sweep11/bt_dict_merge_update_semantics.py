defaults = {"color": "red", "size": "M", "tags": []}
user = {"size": "L", "extra": True}
merged = {**defaults, **user}
print(merged)
print(defaults | user, user | defaults)
d = dict(defaults)
d.update(user, color="blue")
print(d)
d.update([("k", 1)], k=2)
print(d["k"])
chain = {}
for layer in (defaults, user, {"color": None}):
    chain.update({k: v for k, v in layer.items() if v is not None})
print(chain)
print(dict(defaults, size="S"), dict(zip(["a", "b"], [1, 2]), c=3))
x = {"a": 1}
y = x
x |= {"b": 2}
print(y, y is x)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts, sorted(counts, key=counts.__getitem__), dict(sorted(counts.items(), key=lambda kv: kv[1])))
