# Keys of mixed hashable types, and equal numbers collapsing to one key.
d = {}
for key in [1, 1.0, True, "1", (1,), None, 2, 2.0, -0.0, 0, False, ""]:
    d[key] = d.get(key, 0) + 1
print(d)
print(len(d), d[1], d[0], d["1"], d[None])
print({0.5: "half", 1 / 2: "also half"}, {(1, 2): "a", (1, 2.0): "b"})
