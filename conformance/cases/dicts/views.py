# keys/values/items views are live and support set operations on keys and items.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(k, v, it, len(k), len(v), len(it))
print("a" in k, 4 in v, ("b", 2) in it, ("b", 3) in it, "z" in k)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 5)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(list(k), list(v), list(it), sum(v), max(k))
try:
    v & {1}
except TypeError as e:
    print("TypeError", e)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(list(d.items())[-1])
