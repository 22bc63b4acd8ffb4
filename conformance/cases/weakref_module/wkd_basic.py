# WeakKeyDictionary: per-object data that goes away with the object.
import weakref


class Widget:
    def __init__(self, name):
        self.name = name


meta = weakref.WeakKeyDictionary()
w1, w2 = Widget("one"), Widget("two")
meta[w1] = {"clicks": 1}
meta[w2] = {"clicks": 5}
print(len(meta), meta[w1], w2 in meta, 5 in meta)
del w1
print(len(meta), [k.name for k in meta.keys()])
meta[w2]["clicks"] += 1
print(list(meta.values()))
w2 = None
print(len(meta), list(meta.items()))
