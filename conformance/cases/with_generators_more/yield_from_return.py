def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("  inner received", got)
    return f"inner({n}) done"
def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(1)
    print("  r2 =", r2)
    r3 = yield from []
    print("  r3 =", r3)
    r4 = yield from "ab"
    return [r1, r2, r3, r4]
g = outer()
print(next(g), g.send("hello"), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)
def delegating_throw():
    def sub():
        try:
            yield "sub1"
        except KeyError:
            yield "sub caught KeyError"
        return "sub ret"
    result = yield from sub()
    yield "outer got " + result
d = delegating_throw()
print(next(d), d.throw(KeyError), next(d))
def closing():
    def sub():
        try:
            yield 1
            yield 2
        finally:
            print("  sub finally")
    try:
        yield from sub()
    finally:
        print("  outer finally")
c = closing()
next(c)
c.close()
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def gen_return_value():
    return (yield from iter([1, 2]))
print(list(gen_return_value()))
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n * 10
def from_custom():
    r = yield from Iter()
    yield ("ret", r)
print(list(from_custom()))
