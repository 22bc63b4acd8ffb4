# keys(), values(), items() views: dynamic, set-like operations, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(k & {"a", "z"}, k | {"z"}, sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print({"a", "x"} & k, sorted({"x"} | k), sorted(["a", "y"] - k))
print(i & {("a", 1), ("b", 5)}, sorted(i - {("a", 1)}))
print(k == {"a", "b", "c", "d"}, k != {"a"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint({("a", 2)}))
print(d.keys() == d.keys(), d.values() == d.values(), d.items() == d.items())
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)))
x = {1: [1], 2: [2]}
y = {1: [1], 3: [3]}
try:
    x.items() ^ y.items()
except TypeError as e:
    print("TypeError:", e)
f = dict.fromkeys([8, 16, 24, 32, 40, 48])
print(f.keys() | set(), set() | f.keys(), f.keys() - {8}, f.keys() ^ {1}, f.keys() & set(f))
g = {k: k + 1 for k in f}
print(g.items() | set(), set() | g.items())
it = iter(d.items())
print(next(it), next(it))
print(dict(d.items()) == d, set(d.values()))
