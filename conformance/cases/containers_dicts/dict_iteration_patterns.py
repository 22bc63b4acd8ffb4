# Common dict iteration patterns: counting, grouping, inverting, sorting.
text = "one two three two three three four"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {v: k for k, v in counts.items()}
print(inverse)
groups = {}
for n in range(12):
    groups.setdefault(n % 3, []).append(n)
print(groups)
for k, v in groups.items():
    print(k, v, sum(v))
squares = {n: n * n for n in range(6) if n != 3}
print(squares, list(squares.keys())[::2], max(squares), max(squares.values()))
merged = {**squares, 3: 9, 0: "zero"}
print(merged)
print({k: v for k, v in sorted(merged.items(), key=lambda kv: str(kv[1]))})
nested = {"a": {"x": 1}, "b": {"y": 2}}
print([(o, i) for o, d in nested.items() for i in d])
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items())))
