# copy, clear and fromkeys.
a = {"x": [1, 2], "y": 3}
b = a.copy()
b["y"] = 30
b["x"].append(99)
print(a, b)
c = dict(a)
c.clear()
print(a, c)
alias = a
alias.clear()
print(a, alias)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict.fromkeys(range(3), "v"), dict.fromkeys("aab", 1))
