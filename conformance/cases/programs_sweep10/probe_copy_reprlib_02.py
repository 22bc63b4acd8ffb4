import copy
class G:
    def __init__(self): self.x = 1
    def __getstate__(self): print("getstate"); return {"x": self.x * 10}
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st)
g2 = copy.deepcopy(G()); print(g2.x)
import copy, itertools
copy.deepcopy(iter([1]))
import reprlib
class Bag:
    def __init__(self): self.items = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Bag({self.items})"
b = Bag(); b.items.append(b); b.items.append(1); print(b)
r = reprlib.Repr(); r.maxlist = 3; print(r.repr(list(range(10))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
