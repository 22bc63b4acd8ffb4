lst = [5, 3, 8, 3, 1]
print(lst.index(3), lst.index(3, 2), lst.count(3), lst.copy() is not lst, lst[::-1])
lst.insert(-1, 99); lst.insert(100, 7); lst.insert(-100, 0); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.extend(range(2)); lst.extend("ab"); lst += (1,); print(lst)
lst.remove("a"); del lst[-1]; print(lst, lst * 0, 2 * [lst[0]])
for bad in [lambda: lst.index(42), lambda: lst.index(3, 0, 1), lambda: lst.pop(50), lambda: [].pop(-1), lambda: lst.remove(42), lambda: lst.sort(), lambda: lst.extend(5), lambda: lst + (1,)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
d = dict(a=1, b=2)
print(d.setdefault("c", []), d.setdefault("a", 100), d.pop("b"), d.pop("zz", None), d.get("a"), d.popitem(), d)
d.update([("x", 1)], y=2); d.update({"z": 3}); print(d, list(d.items())[-1], d.copy() == d)
print(dict.fromkeys(["a", "b"], []), {k: v for k, v in zip("abc", range(3)) if v}, dict(sorted({"b": 1, "a": 2}.items())))
for bad in [lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d["nope"], lambda: dict([1, 2]), lambda: dict(a=1).update(1), lambda: {1: 2} | [1]]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = {3, 1, 2}
s.add(4); s.discard(10); s.update([5], {6}); print(s, s.isdisjoint({7}), s.issubset(range(10)), s.pop(), len(s))
s.intersection_update({2, 3, 4, 99}); print(s); s.difference_update([2]); print(s); s.symmetric_difference_update({4, 7}); print(s)
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t[1:], t * 2, tuple(reversed(t)), sorted(t, reverse=True), hash(t) == hash((1, 2, 2, 3)))
try:
    t.index(9)
except ValueError as e:
    print(e)
r = range(10, 0, -3)
print(list(r), r.index(4), r.count(7), 7 in r, len(r), r.start, r.stop, r.step, r[-1], reversed(r).__class__.__name__, range(5) == range(0, 5, 1))
try:
    r.index(5)
except ValueError as e:
    print(e)
