calls = [
    lambda: dict([(1, 2, 3)]), lambda: dict([1]), lambda: dict(["ab", "cd"]), lambda: dict(1),
    lambda: dict([("a",)]), lambda: {}.update([(1, 2), (3,)]), lambda: {}.update(1),
    lambda: {}.update({1: 2}, {3: 4}), lambda: {}.update(a=1) or "ok", lambda: dict({1: 2}, **{"a": 3}),
    lambda: dict(**{1: 2}), lambda: {}.popitem(), lambda: {}.pop("x"), lambda: {}.pop(),
    lambda: {}.pop("x", None), lambda: {}.setdefault(), lambda: {}.setdefault([1]),
    lambda: {}.get(), lambda: {}.get([]), lambda: {}.get(1, 2, 3), lambda: dict.fromkeys(),
    lambda: dict.fromkeys("ab", []), lambda: dict.fromkeys(5), lambda: dict.fromkeys([[1]]),
    lambda: {1: 2} | [(3, 4)], lambda: {1: 2} | {3: 4}, lambda: {1: 2}.__or__([1]),
    lambda: {1: 2}.__ror__({5: 6}), lambda: {}.keys() | [1, 2], lambda: {1: 2}.keys() & {1},
    lambda: {1: 2}.keys() - "ab", lambda: {1: 2}.items() | {(1, 2)}, lambda: {1: 2}.values() | {2},
    lambda: {1: 2}.keys() ^ 5, lambda: {1: 2}.keys() == {1}, lambda: {1: 2}.items() == {(1, 2)},
    lambda: {1: 2}.values() == [2], lambda: {1: 2}.keys() < {1, 2}, lambda: {1: 2}.keys().isdisjoint([3]),
    lambda: reversed({1: 2, 3: 4}.items()).__next__(), lambda: {1: 2}.keys()[0],
    lambda: {1: 2}.copy(1), lambda: {}.clear(1), lambda: {"a": 1}["b"], lambda: {(1, 2): 3}[1, 2],
    lambda: {}[[1]], lambda: {1} | [2], lambda: {1}.union([2], (3,), "4"), lambda: {1} & [1],
    lambda: {1}.intersection([1], {1, 2}), lambda: {1} - [1], lambda: {1}.difference(), lambda: {1} ^ (1,),
    lambda: {1}.symmetric_difference([1, 2]), lambda: {1}.symmetric_difference([1], [2]),
    lambda: {1} <= [1], lambda: {1}.issubset([1, 2]), lambda: {1}.issuperset(range(2)),
    lambda: set().pop(), lambda: set().remove(1), lambda: set().remove([1]), lambda: set().discard([1]),
    lambda: set().add([1]), lambda: {1} in {frozenset({1})}, lambda: set([1]) in {frozenset([1])},
    lambda: frozenset([1]) | {2}, lambda: {2} | frozenset([1]), lambda: type(frozenset() | set()).__name__,
    lambda: set(1), lambda: set([1], [2]), lambda: frozenset().add, lambda: {1}.update(5),
    lambda: {1}.update([2], "ab"), lambda: {1}.isdisjoint(5), lambda: {1, 2} == frozenset({1, 2}),
    lambda: set() < 5, lambda: {1}.__lt__(5), lambda: {1}.__or__([1]), lambda: {1}.__ior__([1]),
    lambda: sorted({3, 1, 2}.copy()), lambda: set.union(), lambda: set.union({1}), lambda: set.union([1], {2}),
    lambda: frozenset({1}).union([2]).__class__.__name__, lambda: {1}.__iand__(set()),
]
for c in calls:
    try:
        r = c()
        print(repr(r))
    except (TypeError, ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(type(e).__name__, e)
d = {1: 2}
try:
    d |= [(3, 4)]
    print(d)
    d |= [5]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d.keys():
        d.pop(k); d[k] = 1
    print("same size ok", d)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
L = [3, 1, 2]
try:
    L.sort(key=lambda v: L.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e)
class Miss(dict):
    def __missing__(self, k):
        return k * 2
m = Miss(a=1)
print(m["zz"], m.get("zz"), "zz" in m, m)
class MissRaises(dict):
    def __missing__(self, k):
        raise LookupError(f"no {k}")
try:
    MissRaises()["q"]
except LookupError as e:
    print(type(e).__name__, e)
{"a": 1}["missing"]
