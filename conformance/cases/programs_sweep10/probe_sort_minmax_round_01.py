print(f"{True:>5}|{True:d}|{False:x}|{True:.2f}|{True!r:^7}|{True:}|{None!s:>5}|{None!r}", format(None, ""), format(True, "^6"))
class X:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2: raise RuntimeError("cmp failed")
        return self.v < o.v
l = [X(3), X(1), X(2)]
try:
    l.sort()
except RuntimeError as e:
    print(e, [x.v for x in l])
print(sorted([1, 2, 3], key=lambda x: 0, reverse=True), sorted([(1, "b"), (1, "a")], key=lambda t: t[0], reverse=True), list(reversed(sorted([2, 1]))))
print(max([3, 1, 3], key=lambda v: v), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([], key=len, default="empty"), max("", default=None))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), sorted([[1, 2], [1]], key=len), sorted(["a10", "a9", "a1"], key=lambda s: int(s[1:])))
print(sorted([float("nan"), 1, 0]), sorted([0, float("nan"), 1]), max(float("nan"), 1), max(1, float("nan")), min([2, float("nan"), 1]))
