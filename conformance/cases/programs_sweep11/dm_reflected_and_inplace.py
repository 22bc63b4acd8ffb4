class V:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, o):
        print("add")
        return V(*[a + b for a, b in zip(self.xs, o.xs)]) if isinstance(o, V) else NotImplemented

    def __radd__(self, o):
        print("radd", type(o).__name__)
        return V(*[a + o for a in self.xs]) if isinstance(o, (int, float)) else NotImplemented

    def __iadd__(self, o):
        print("iadd")
        if isinstance(o, V):
            for i, b in enumerate(o.xs):
                self.xs[i] += b
            return self
        return NotImplemented

    def __repr__(self):
        return f"V{tuple(self.xs)}"


class SubV(V):
    def __radd__(self, o):
        print("SubV.radd")
        return "sub wins"


a, b = V(1, 2), V(10, 20)
print(a + b)
print(5 + a)
ident = a
a += b
print(a, a is ident)
a += 1 if False else V(0, 1)
print(a)
print(V(1) + SubV(2))
try:
    a += "x"
except TypeError as e:
    print("TypeError", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError", e)
t = (1,)
t += (2,)
l = [1]
l2 = l
l += (2,)
print(t, l, l2 is l)
