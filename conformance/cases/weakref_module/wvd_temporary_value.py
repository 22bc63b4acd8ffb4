# A value stored only in a WeakValueDictionary dies at once.
import weakref


class Obj:
    pass


d = weakref.WeakValueDictionary()
d["temp"] = Obj()
print("temp" in d, len(d))
keep = Obj()
d["kept"] = keep
print(sorted(d.keys()))
