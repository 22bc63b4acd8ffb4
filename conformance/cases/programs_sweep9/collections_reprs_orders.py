from collections import Counter, deque, OrderedDict, defaultdict, ChainMap, UserDict, UserList, namedtuple
c = Counter("abracadabra")
print(c, repr(c), c.most_common(), Counter({"x": 0, "y": -1, "z": 2}), Counter(), str(Counter(a=1)))
print(deque(), deque([1, 2]), deque(maxlen=0), deque("ab", maxlen=5), repr(deque([deque([1])])))
print(OrderedDict(), OrderedDict(a=1, b=[2]), OrderedDict([(1, OrderedDict())]), str(OrderedDict(z=0)))
print(defaultdict(list), defaultdict(int, a=1), defaultdict(None), defaultdict(dict, {1: {}}), defaultdict(Counter))
print(ChainMap(), ChainMap({"a": 1}, {"b": 2}), UserDict({"k": [1]}), UserList("ab"))
N = namedtuple("N", ["a", "b"])
print(N(1, N(2, 3)), N(a=[], b={}), repr(N._make("xy")), N.__doc__, N.a.__doc__ if hasattr(N.a, "__doc__") else "")
d = {"b": 1, "a": 2}
d["c"] = 0; del d["b"]; d["b"] = 5
print(d, list(d), list(d.values()), {**d, "a": 9}, dict(reversed(d.items())))
s = set(); s.update([5, 3, 100, -1, 64, 0]); print(s, sorted(s), {-5, -1, 2 ** 40, 7}, frozenset({3, 1}))
print({1, 2, 3} | {100}, {(1, 2), (0, 5)}, {True, 2, 0.5}, set(range(20, 0, -3)))
