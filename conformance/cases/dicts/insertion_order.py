# Dicts preserve insertion order; updating a key keeps its position.
d = {}
for k in ["zeta", "alpha", "mu", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
d.pop("mu")
d["mu"] = 2
print(list(d.keys()), list(d.values()))
nums = {3: "c", 1: "a", 2: "b", -1: "neg", 100: "big"}
print(nums, sorted(nums), list(nums.items())[0])
print({1: 1, 1.0: 2, True: 3}, {"a": 1, "a": 2})
print(dict(zip("cab", range(3))), dict([("y", 1), ("x", 2)]), dict(b=1, a=2))
