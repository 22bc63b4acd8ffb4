# WeakSet forgets members that die.
import weakref


class Listener:
    def __init__(self, name):
        self.name = name


s = weakref.WeakSet()
a, b, c = Listener("a"), Listener("b"), Listener("c")
for x in (a, b, c, a):
    s.add(x)
print(len(s), a in s, 3 in s, sorted(x.name for x in s))
del b
print(len(s), sorted(x.name for x in s))
s.discard(a)
print(len(s), a in s)
s.remove(c)
try:
    s.remove(c)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
s.add(a)
print(s.pop() is a, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
