# Construction, lookup, ordering and the common methods of dict.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, "z" not in d)
del d["b"]
d["b"] = 20
print(d, list(d), list(d.values()), list(d.items()))
print(dict(), dict(x=1, y=2), dict([("a", 1), ["b", 2]]), dict({"q": 0}, r=1))
print(dict(["ab", "cd"]), dict(zip("xyz", range(3))))
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(5)
print(d.pop("new"), d.pop("missing", None), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d, c != d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "v"))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple", frozenset({1}): "fs", None: "none", "": "empty"})
d.clear()
print(d, bool(d), bool({0: 0}))
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
nested = {"outer": {"inner": [1, {"deep": ()}]}}
print(nested, nested["outer"]["inner"][1]["deep"])
