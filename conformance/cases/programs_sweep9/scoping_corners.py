from __future__ import annotations
class K:
    factor = 3
    vals = [factor * i for i in range(3)] if False else None
    try:
        vals2 = [factor * i for i in range(3)]
    except NameError as e:
        err = str(e)
    first = [i for i in range(factor)]
print(K.err, K.first)
fns = [lambda: i for i in range(3)]
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns], [f() for f in fns2])
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
g = 10
def modify():
    global g
    g += 1
    def inner():
        return g * 2
    return inner()
print(modify(), g)
def outer():
    x = "outer"
    class Inner:
        x = "class"
        def meth(self): return x
        y = x
    return Inner().meth(), Inner.y
print(outer())
if __name__ == "__main__":
    print("main", __debug__)
def f(a: undefined_name) -> also_undefined:
    return a
print(f.__annotations__)
while (line := "abc"[:2]) and len(line) > 5:
    pass
print(line)
data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a + b + c, end=" ")
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest, end="; ")
print()
x = 5
print(1 < x in [5] is not None, x not in (1, 2) == True, not x is None)
def deco_factory(tag):
    def deco(cls):
        cls.tag = tag
        cls.describe = lambda self: f"{type(self).__name__}<{self.tag}>"
        return cls
    return deco
@deco_factory("T1")
class Tagged: pass
print(Tagged().describe(), Tagged.tag)
try:
    del x, x
except NameError as e:
    print(e)
import math as m, json as j
from collections import (Counter as C,
                         deque)
print(m.pi > 3, j.dumps([1]), C("aa"), deque([1]))
