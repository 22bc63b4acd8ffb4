# dict subclasses: construction forms, methods returning plain dicts,
# repr, equality, and dict.__init__ errors.
class D(dict):
    pass

d = D([("a", 1)], b=2)
print(d, type(d).__name__, len(d), d["b"], list(d), list(d.values()))
d.update(c=3)
d.setdefault("e", 5)
print(d, d.pop("a"), d)
for r in [d.copy(), d | {"z": 0}, {"z": 0} | d, dict(d)]:
    print(r, type(r).__name__)
d |= {"q": 1}
print(d, type(d).__name__)
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
print(d == {"b": 2, "c": 3, "e": 5, "q": 1}, D() == {}, D(x=1) != D(x=2))
print(D({1: "x"}), D(zip("ab", range(2))))
for make in [lambda: D(1), lambda: D([1]), lambda: D({}, {}), lambda: D([(1, 2, 3)])]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
