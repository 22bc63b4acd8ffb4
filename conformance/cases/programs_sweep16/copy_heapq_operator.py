import copy, heapq
from operator import itemgetter, attrgetter, methodcaller
import operator

class Task:
    def __init__(self, name, pri, deps=None):
        self.name, self.pri, self.deps = name, pri, deps or []
    def __repr__(self):
        return f"Task({self.name!r}, {self.pri}, deps={self.deps})"
    def __lt__(self, o):
        return self.pri < o.pri

tasks = [Task("build", 2, ["fetch"]), Task("fetch", 1), Task("test", 3, ["build"]), Task("ship", 5, ["test", "build"]), Task("lint", 3)]
print(sorted(tasks, key=attrgetter("pri", "name")))
print(sorted(tasks, key=attrgetter("name"), reverse=True)[0])
print(heapq.nlargest(2, tasks, key=attrgetter("pri")), heapq.nsmallest(2, tasks))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2], key=lambda x: -x), heapq.nlargest(10, [1, 2]))
h = []
for t in tasks:
    heapq.heappush(h, (t.pri, t.name))
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
heapq.heapify(h2 := [9, 4, 7, 1, 8, 2])
print(h2, heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 10), h2)
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
print(list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

orig = {"a": [1, 2, {"b": (3, [4])}], "t": tasks[0]}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"][2]["b"][1].append(5)
orig["t"].deps.append("X")
print(sh["a"] is orig["a"], dp["a"] is orig["a"], dp, sh["t"].deps)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self): self.log = []; self.n = 0
    def __copy__(self):
        c = Custom(); c.n = self.n; c.log = self.log; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.n = self.n + 100; c.log = copy.deepcopy(self.log, memo); return c
cu = Custom(); cu.log.append(1)
print(copy.copy(cu).log is cu.log, copy.deepcopy(cu).n, copy.deepcopy(cu).log is cu.log)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.replace if hasattr(copy, "replace") else "no replace")

rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print(sorted(rows, key=itemgetter("v", "n")), itemgetter(1)("abc"), itemgetter(0, -1)("abc"), itemgetter(slice(1, 3))("abcd"))
print(list(map(methodcaller("split", ","), ["a,b", "c"])), methodcaller("rjust", 5, "*")("x"))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("t.deps")(type("o", (), {})) if False else "-")
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(-7, 3))
print(operator.getitem({"a": 1}, "a"), operator.length_hint(iter([1, 2, 3])), operator.index(5), operator.pow(2, 5), operator.lshift(1, 4), operator.xor(6, 3))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.matmul.__name__)
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
try:
    itemgetter("z")({})
except KeyError as e:
    print("KeyError", e)
try:
    attrgetter("nope")(1)
except AttributeError as e:
    print("AttributeError", e)
