def gen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup", name)
for x in gen("a"):
    if x == 2:
        break
print("after loop a")
g = gen("b")
next(g)
g = None
print("after drop b")
def first(it):
    for v in it:
        return v
print(first(gen("c")))
print("after c")
class Res:
    def __init__(self, n): self.n = n; print("open", n)
    def __del__(self): print("del", self.n)
r = Res(1)
r = Res(2)
print("rebound")
del r
print("deleted")
def f():
    x = Res(3)
    return 5
print(f())
lst = [Res(4), Res(5)]
lst.clear()
print("cleared")
try:
    z = Res(6)
    raise ValueError
except ValueError:
    del z
print("end")
keep = Res(7)
