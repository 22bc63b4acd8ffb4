class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"
class Acc2(Acc):
    def __iadd__(self, o):
        self.v += o * 10
        return self
a = Acc(1); b = a; a += 2; print(a, b, a is b)
c = Acc2(1); d = c; c += 2; print(c, d, c is d)
class Weird:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add used"
w = Weird(); w += 1; print(w)
class NoAdd:
    def __imul__(self, o): return NotImplemented
x = NoAdd()
try:
    x *= 3
except TypeError as e:
    print("TypeError", e)
t = (1, 2); u = t; t += (3,); print(t, u)
l = [1]; m = l; l += "ab"; print(l, m is l)
try:
    l = l + "cd"
except TypeError as e:
    print("TypeError", e)
