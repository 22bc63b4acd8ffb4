d = {"a": 1, "b": 2}
e = {"b": 2, "c": 3}
print(d.keys() & e.keys(), d.items() & e.items(), sorted(d.keys() | ["z"]), d.keys() ^ e.keys() == {"a", "c"}, d.items() - {("a", 1)})
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.values() == d.values(), list(d.values()) == [1, 2])
print(d.keys() < {"a", "b", "c"}, d.keys().isdisjoint(["q"]), ("a", 1) in d.items(), ("a", 2) in d.items(), 1 in d.values())
print(repr(d.keys()), repr(d.values()), repr(d.items()), len(d.items()), reversed(d.values()).__class__.__name__)
print(d.keys().mapping, type(d.keys().mapping).__name__)
try:
    d.items() & [[1]]
except TypeError as e:
    print("TypeError", e)
s = {3, 1, 2}
print(s, {10, 5, 100, 1}, set(range(20, 0, -3)), {-1, -2, 5}, frozenset({7, 3}), {(1, 2), (0, 1)})
print(set("abc") == {"a", "b", "c"}, sorted({"b", "a"}), {1, 2} | {1.0}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
print(dict.fromkeys([1, True, 1.0]), {1: "a", 1.0: "b", True: "c"}, {"x": 1} == {"x": 1.0}, [1] == [True])
d2 = {}
d2[2] = 1; d2[1] = 1; del d2[2]; d2[2] = 3
print(d2, list(d2), {**d2, 1: 9})
print(dict(sorted(d2.items(), reverse=True)), min(d2), max(d2.values()), sum(d2), sorted(d2.items(), key=lambda kv: kv[1]))
