from collections import UserDict, UserList, UserString, ChainMap
import copy


class LowerDict(UserDict):
    """Keys are stored lower-cased: update() and setdefault() go through
    __setitem__."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({"A": 1}, B=2)
d.update([("C", 3)])
d.setdefault("D", 4)
print(d, d.data, len(d), "a" in d, "A" in d, d.get("x", "-"))
print(d.keys(), d.items(), d.values())
print(list(d), sorted(d.items()), 3 in d.values(), ("a", 1) in d.items())
print(d.pop("a"), d.pop("zz", None), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d == {"b": 2, "c": 3}, d == LowerDict(b=2, c=3), d != {"b": 2})
print(UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1), type({} | UserDict()).__name__)
u = UserDict.fromkeys("xy", 0)
u |= {"z": 1}
print(u, type(u).__name__)


class Defaults(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


m = Defaults(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
c = copy.copy(d)
c["new"] = 1
print(d, c, type(c).__name__, d.copy() == d)
try:
    hash(UserDict())
except TypeError as e:
    print("TypeError:", e)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
s += [4]
s.extend(Stack([5]))
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s.index(3), s.count(9))
print(s + [6], [0] + s, type([0] + s).__name__, s * 2, 2 * UserList("ab"))
print(list(reversed(s)), s == [1, 2, 3, 4, 5], s < [1, 3], max(s), sorted(Stack([3, 1, 2])))
s.sort(reverse=True)
s.insert(0, 9)
del s[1]
print(s, s.pop(), s.pop(0), s)
t = copy.copy(s)
t.append("x")
print(s, t)
print(UserList(), UserList((1, 2)), UserList(range(3)).copy())


class Word(UserString):
    def shout(self):
        return self.upper() + "!"


w = Word("Hello")
print(w, repr(w), len(w), w[1:3], type(w[0]).__name__, w.shout(), type(w.shout()).__name__)
print(w + " there", "say " + w, w * 2, w.lower(), w.split("l"), w.find("l"), w.startswith("He"))
print(w == "Hello", w < "World", "ell" in w, w.replace("l", "L"), w.center(9, "*"), w.isalpha())
print(list(Word("ab")), sorted([Word("b"), Word("a")]), w.partition("l"), w.zfill(7), int(UserString("42")) + 1)
print(UserString("%s-%d") % ("a", 1), w.count("l"), w.encode(), w.strip("Ho"), w.swapcase())
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm.keys(), sorted(cm.items()), sorted(cm.values()), len(cm))
