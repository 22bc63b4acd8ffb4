# A subclass of a C collection: its own methods call each other directly (a
# deque's extend does not use an overridden append), and OrderedDict's
# setdefault on a subclass goes through its item methods.
from collections import defaultdict, OrderedDict, Counter, deque
class LogDD(defaultdict):
    def __setitem__(self, k, v): print("set", k, v); super().__setitem__(k, v)
    def __getitem__(self, k): print("get", k); return super().__getitem__(k)
d = LogDD(list); d["a"].append(1); print(d.get("b"), "b" in d, dict(d), d.copy(), type(d.copy()).__name__)
class LogOD(OrderedDict):
    def __setitem__(self, k, v): print("od set", k, v); super().__setitem__(k, v)
    def __delitem__(self, k): print("od del", k); super().__delitem__(k)
o = LogOD(a=1); o.update(b=2); o.setdefault("c", 3); o.pop("a"); o.popitem(); o |= {"z": 0}; print(o, o.copy(), type(o.copy()).__name__)
o2 = LogOD.fromkeys("xy", 0); print(o2); del o2["x"]; o2.move_to_end("y"); print(o2)
class LogC(Counter):
    def __setitem__(self, k, v): print("c set", k, v); super().__setitem__(k, v)
    def __missing__(self, k): print("missing", k); return 0
c = LogC("aab"); c.update("b"); c.subtract("a"); print(c, c["zz"], c + LogC("a"), type(c + c).__name__, c.most_common(1))
class Q(deque):
    def append(self, x): print("append", x); super().append(x)
    def __iter__(self): print("iter"); return super().__iter__()
q = Q([1]); q.extend([2, 3]); q += [4]; print(list(q), len(q), q.copy() == q, type(q.copy()).__name__)
q2 = Q(); q2.append(0); q3 = q + q2 if False else None; print(sorted(q), max(q), 1 in q, q.count(1))
