def f(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
def g(x, y): return x + y
class K:
    def m(self, x): return x
tests = [lambda: f(1, d=4), lambda: f(1, 2, 3, 4, 5, d=6, z=7), lambda: f(d=1), lambda: f(1), lambda: f(1, a=2, d=3), lambda: f(1, b=5, d=1),
         lambda: g(*None), lambda: g(**[]), lambda: g(**{1: 2}), lambda: g(1, **{"x": 2}), lambda: g(**{"x": 1}, **{"x": 2}), lambda: g(*[1, 2, 3]),
         lambda: g(1, *[2], y=3), lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(x=1), lambda: K().m(y=2), lambda: K().m(1, x=2), lambda: print(*5),
         lambda: dict(**{"a": 1}, a=2), lambda: g(*"ab"), lambda: (lambda *a, **k: (a, k))(*range(3), **dict(z=1)), lambda: f(1, 2, 3, d=4, **{"e": 0}),
         lambda: max(*[]), lambda: len(*"ab"), lambda: g(x=1, y=2, z=3), lambda: g(1, 2, x=3), lambda: (lambda: 0)(*[], **{}), lambda: int(**{"base": 2}),
         lambda: sorted(*[[3, 1]], key=None), lambda: K(1), lambda: object(1), lambda: (lambda a, b, c, d: 0)(1), lambda: (lambda a, b, *, c, d: 0)(1, 2),
         lambda: (lambda a, /, b: 0)(a=1, b=2), lambda: (lambda *, a, b: 0)(), lambda: (lambda a=1, *, b: 0)(), lambda: g.__call__(1)]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
