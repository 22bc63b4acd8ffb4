from collections import UserDict, UserList, UserString, Counter, OrderedDict, ChainMap, defaultdict, deque, namedtuple

class CaseDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return k.lower() in self.data
cd = CaseDict({"Content-Type": "json"}, Accept="*/*")
cd["X-Id"] = 5
print(cd, cd["content-type"], "ACCEPT" in cd, len(cd), cd.get("x-ID"), sorted(cd), cd | {"n": 1}, type(cd | {}).__name__, cd.copy())
class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self
s = Stack([1, 2]).push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], type(s + [4]).__name__, s * 2, 2 in s, s.pop(), s, sorted(Stack([3, 1, 2])), Stack("ab"))
class Up(UserString):
    def shout(self):
        return self.upper() + "!"
u = Up("hello")
print(u.shout(), u[1:3], type(u[1:3]).__name__, u + "x", u * 2, "ell" in u, u.split("l"), u == "hello", len(u), u.replace("l", "L"), repr(u))
c = Counter(a=3, b=1, c=0)
d = Counter(a=1, b=2)
print(c <= Counter(a=5, b=1, c=0), c < c, c >= d, c == Counter(a=3, b=1), c != d, Counter() == Counter(x=0))
print(c.most_common(0), c.most_common(10), Counter("aab").most_common(1), repr(Counter()), repr(Counter(b=2, a=2, c=3)))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
c.update("zz"); c.update(Counter(z=1)); c.subtract(Counter(a=10))
print(c, sorted(c.elements()), +c, dict(c), c.total())
if "zz" in c:
    del c["zz"]
c["never"]
print("never" in c, c.pop("a"), c)
od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
print(list(reversed(od)), list(reversed(od.items())), od.keys(), od.values(), od.items(), repr(OrderedDict()), od | {"a": 0})
od2 = od.copy(); od2.move_to_end("x")
print(od == od2, dict(od) == dict(od2), od.popitem(last=False), od.setdefault("w", 9), list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm | {"c": 4}, type(cm | {}).__name__, repr(cm), cm.parents, dict(cm.new_child()), list(cm.items()), cm.get("q", 0), "b" in cm, bool(ChainMap()))
cm2 = cm.copy(); cm2["z"] = 26
print(cm.maps[0], cm2.maps[0], cm == cm2)
dd = defaultdict(int, a=1)
print(dd | {"b": 2}, type(dd | {}).__name__, (dd | {"b": 2}).default_factory, dd.copy(), repr(defaultdict(list)), defaultdict(int).__missing__("k"))
Pt = namedtuple("Pt", "x y", module="geo")
class Pt3(Pt):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt3(3, 4).norm(), repr(Pt3(3, 4)), Pt.__module__, Pt3(1, 2)._replace(x=5), type(Pt3(1, 2)._replace(x=5)).__name__, Pt3._make([1, 2]))
print(Pt(1, 2) == (1, 2), Pt(x=1, y=2)._asdict(), Pt.__doc__, Pt.x.__doc__, Pt(1, 2).count(1), Pt(1, 2).index(2))
try:
    namedtuple("T", "a 1b")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("T", "a _b")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("T", "a a")
except ValueError as e:
    print("ValueError", e)
dq = deque("abcde")
dq.extendleft("xy"); dq.rotate(-3)
print(dq, dq.index("c"), dq.count("a"), dq[2], dq[-1], dq * 2 if False else len(dq * 2), deque(maxlen=2) == deque(), repr(deque([1], maxlen=3)))
dq.remove("x"); dq.insert(1, "Q")
print(dq, dq.copy(), list(dq)[::-1] == list(reversed(dq)), dq.popleft(), dq.pop())
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)
try:
    dq.remove("nope")
except ValueError as e:
    print("ValueError", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
