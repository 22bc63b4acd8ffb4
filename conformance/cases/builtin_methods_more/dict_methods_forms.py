d = {}
print(d.setdefault("a"), d.setdefault("a", 5), d.setdefault("b", []), d)
d["b"].append(1)
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop()
except TypeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d.popitem(), d)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = {"x": 1}
d.update({"y": 2})
d.update([("z", 3), ["w", 4]])
d.update(a=5, x=10)
d.update({"q": 0}, r=7)
d.update()
print(d)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d2 = {}
d2.update(KeysOnly())
print(d2, dict(KeysOnly()))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
print({1: 2}.get(1), {1: 2}.get(3), {1: 2}.get(3, "no"))
d = {"a": 1, "b": 2}
print(d | {"b": 3, "c": 4}, {"c": 4} | d)
d |= [("d", 5)]
print(d)
try:
    d | [("e", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(d)), list(reversed(d.items())), d.keys() & {"a", "z"}, sorted(d.keys() - {"a"}))
print(d.items() | {("zz", 1)} >= {("a", 1)}, ("a", 1) in d.items(), ("a", 2) in d.items())
