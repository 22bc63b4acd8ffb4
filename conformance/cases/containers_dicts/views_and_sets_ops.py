# dict views as sets, mutation during iteration, dict merge operators, set and frozenset algebra.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 4}
k, v, it = d.keys(), d.values(), d.items()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()), k & {"a", "z"}, sorted({"c"} | k), it & {("a", 1), ("b", 3)}, sorted(it - {("a", 1)}))
print(k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k.isdisjoint(["x"]), "a" in k, ("a", 1) in it, 2 in v, len(it), reversed(k).__class__.__name__, list(reversed(it)))
print(repr(k), repr(v), repr(it), str(d.items()), list(v), k.mapping if hasattr(k, "mapping") else None)
d["z"] = 26; print(list(k), list(v)[-1])
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {"b": 20, "d": 4}
m = d | e; print(m); m |= {"q": 0}; print(m)
print(dict.fromkeys("abc", []), dict(zip("ab", [1, 2]), c=3), dict([("x", 1)], y=2), {**d, "a": 0}.get("a"))
print(d.setdefault("n", []), d.pop("missing", "dflt"), d.popitem(), sorted(d.items(), key=lambda kv: (-kv[1] if isinstance(kv[1], int) else 0, kv[0]))[:3])
s1, s2 = {1, 2, 3, 4}, frozenset({3, 4, 5})
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s2 - s1, type(s2 | s1).__name__, type(s1 | s2).__name__, s1 <= s1, s1 < s1, {1} < s1, s1 > {1, 9})
print(s1.issubset(range(10)), s1.issuperset([1]), s1.union([9], (8,)), s1.intersection("ab"), s1.difference({1}, {2}), s1.symmetric_difference([1, 10]))
s3 = set(s1); s3 &= {1, 2, 9}; s3 |= {7}; s3 -= {2}; s3 ^= {7, 8}; print(s3, s3.discard(100), s3)
try:
    s3.remove(100)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({frozenset({1}): "fs"}, set(), frozenset(), repr(frozenset({1, 2})), {1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    d.keys() + 1
except TypeError as e:
    print("TypeError:", e)
od = dict(sorted({"b": 1, "a": 2}.items())); print(od, list(od)[0])
nested = {"x": {"y": {"z": [1, {"w": (2, 3)}]}}}; print(nested, nested["x"]["y"]["z"][1]["w"][-1])
print({i: i ** 2 for i in range(4) if i % 2 == 0}, {x for x in "hello"} == set("helo"), dict(a=1) == {"a": 1.0})
