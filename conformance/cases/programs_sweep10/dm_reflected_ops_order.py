class M:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("M.add"); return NotImplemented
    def __radd__(self, o):
        print("M.radd"); return ("M", o)
class N(M):
    def __radd__(self, o):
        print("N.radd"); return ("N", o.v if isinstance(o, M) else o)
print(M(1) + N(2))
print(5 + M(1))
print(M(1) + 5 if False else "skip")
try:
    M(1) + M(2)
except TypeError as e:
    print("TypeError", e)
class P:
    def __sub__(self, o): return "P-"
    def __rsub__(self, o): return "-P"
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
    def __rmatmul__(self, o): return "r@"
print(P() - 1, 1 - P(), 2 ** P(), pow(2, P()), [1] @ P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print("TypeError", e)
