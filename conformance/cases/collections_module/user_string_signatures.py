# UserString, UserList and UserDict methods called with keywords and
# defaults, as CPython's classes define them.
from collections import UserDict, UserList, UserString

s = UserString("a\tb\nc d")
print(repr(s.expandtabs(tabsize=4)), repr(s.expandtabs()), s.splitlines(keepends=True),
      s.splitlines())
print(s.encode(encoding=None, errors=None), s.encode("ascii"), s.encode(errors="ignore"))
print(repr(s.strip(chars="ad")), repr(s.lstrip()), repr(s.rstrip("d")))
print(repr(s.zfill(9)), s.partition("\t"), s.rpartition(" "), s.upper(),
      type(s.title()).__name__, type(s.partition("b")[0]).__name__, s.isascii())
print(repr(s.translate({ord("a"): "A"})), repr(UserString("-").join("xyz")))
try:
    s.index(UserString("b"))
except TypeError as err:
    print("TypeError:", err)
print(s.find(UserString("b")), s.count(UserString("a")), s.rfind(UserString("c")))
print(s.replace(UserString("a"), "Z"), s.capitalize(), s.casefold(), s.swapcase())


class Shout(UserString):
    pass


t = Shout("hey you")
print(type(t.upper()).__name__, type(t.expandtabs(2)).__name__, t.split(), t.title())

for bad in (lambda: s.center(), lambda: s.expandtabs(tab=3), lambda: s.zfill(),
            lambda: s.upper(1), lambda: s.strip(1, 2)):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)

items = UserList([3, 1, 2])
items.sort(key=lambda x: -x, reverse=True)
print(items, items.index(2, 0), items.pop(), items.count(1))
items.insert(0, 9)
items.extend([5])
print(items, items + [0], [0] + items, items * 2)
d = UserDict({"a": 1}, b=2)
print(d, d.get("a"), d.get("z", 0), UserDict.fromkeys("ab", 0), d | {"c": 3}, {"z": 1} | d)
copy_d = d.copy()
copy_d["q"] = 1
print(d, copy_d, d.pop("a"), d.setdefault("k", 5), d)
