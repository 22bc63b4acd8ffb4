class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n}.lt"); return NotImplemented
    def __gt__(self, o):
        print(f"{self.n}.gt"); return self.n > getattr(o, "n", o)
print(V(1) < V(2))
print(V(3) > 2)
print(2 < V(3))
class W(V):
    def __gt__(self, o):
        print("W.gt"); return True
print(V(1) < W(0))
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError", e)
print(sorted([V(3), V(1), V(2)], key=lambda v: v.n)[0].n)
try:
    sorted([object(), object()])
except TypeError as e:
    print("TypeError", e)
