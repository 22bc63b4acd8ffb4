inv = {"apples": 3, "pears": 0}
inv.update(plums=5)
inv.update([("kiwi", 2)])
print(inv, len(inv), "kiwi" in inv)
print(inv.get("grape"), inv.get("grape", 0), inv.setdefault("grape", 9), inv["grape"])
print(inv.pop("pears"), inv.pop("zzz", "none"), inv.popitem())
print(list(inv.keys()), list(inv.values()), list(inv.items())[:2])
merged = inv | {"apples": 10, "new": 1}
inv |= {"x": 0}
print(merged, inv)
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict(a=1, **{"b": 2}))
print({k: v for k, v in sorted(merged.items(), key=lambda kv: -kv[1])})
ks = inv.keys()
print(ks & {"apples", "nope"}, sorted(ks | {"z"}), ks - {"x"} == {"apples", "plums"})
print(reversed(inv).__class__.__name__, list(reversed(inv)))
for bad in [lambda: inv["nope"], lambda: {}.popitem(), lambda: {}.pop("k"), lambda: dict(1),
            lambda: dict([(1, 2, 3)]), lambda: {[1]: 2}, lambda: inv.update(1),
            lambda: {} | [], lambda: dict.fromkeys(), lambda: {}.get()]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {1: "a"}
try:
    for k in d:
        d[k + 1] = "b"
except RuntimeError as e:
    print("RuntimeError", e)
