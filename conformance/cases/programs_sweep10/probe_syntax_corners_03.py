try:
    pass
except* ValueError:
    pass
print("empty try ok")
match [1, 2, 3]:
    case [*_]:
        print("any sequence")
match (1, "a"):
    case (int() as n, str() as s) if n > 0 and s:
        print(n, s)
match 5:
    case x if x > 10: print("big")
    case x: print("fallback", x)
def f(a, b, /, c=3, *args, d, e=5, **kw):
    return locals_ if False else (a, b, c, args, d, e, kw)
print(f(1, 2, d=4), f(1, 2, 3, 4, 5, d=6, z=7), (lambda a, /, b: a + b)(1, b=2))
def f(a, /, **kw): return a, kw
print(f(1, a=2))
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get(): return count
    return inc, get
inc, get = counter(); inc(); inc(5); print(get())
print(*(i for i in range(3)), sep=",")
a = [*"ab", *range(2)]; b = {**{"x": 1}, **{"x": 2, "y": 3}}; print(a, b)
first, *middle, last = range(10); print(first, middle, last)
*init, = "xyz"; print(init)
