# WeakValueDictionary drops an entry when its value dies.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%r)" % self.name


d = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
d["a"] = a
d["b"] = b
print(len(d), sorted(d), d["a"], "a" in d)
del a
print(len(d), sorted(d), "a" in d, d.get("a", "gone"))
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)
b = None
print(len(d), list(d.items()))
