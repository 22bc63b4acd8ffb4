class Iter(dict):
    def __iter__(self): return iter(["fake"])
    def keys(self): return ["k1"]
    def __getitem__(self, k): return "G:" + k
print(Iter(real=1).copy(), type(Iter(real=1).copy()).__name__, Iter().copy())
class Plain(dict):
    def keys(self): return ["zz"]
    def __getitem__(self, k): return "no"
print(Plain(a=1).copy())
class Bad(dict):
    def __iter__(self): return iter([])
    def keys(self): raise RuntimeError("keys fails")
try: Bad(a=1).copy()
except RuntimeError as e: print("RuntimeError", e)
