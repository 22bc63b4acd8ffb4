class T:
    def __getitem__(self, k): return k
t = T(); b = (1, 2)
print(t[*b], t[0, *b], t[*b, 3:4])
from contextlib import nullcontext
with (nullcontext(1) as a,
      nullcontext(2) as b):
    print(a, b)
decos = [lambda f: f, lambda f: (lambda: "wrapped " + f())]
@decos[1]
def hello(): return "hi"
@(lambda f: f)
def bye(): return "bye"
print(hello(), bye())
data = [1, 5, 2, 8]
print([y for x in data if (y := x * 2) > 4], y, {(z := k): z * 2 for k in "ab"}, z)
fs = [lambda i=i: i for i in range(3)]; gs = [lambda: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
calls = []
def v(x): calls.append(x); return x
print(v(1) < v(2) < v(0) < v(5), calls)
