def f(a, b=2, /, c=3, *, d, **kw): return (a, b, c, d, kw)
def g(*args, sep=",", **kw): return sep.join(map(str, args)), kw
calls = [lambda: f(1, d=4), lambda: f(1, 2, 3, d=4, e=5), lambda: f(a=1, d=2), lambda: f(1), lambda: f(1, 2, 3, 4, d=1),
         lambda: f(1, c=1, c2=3), lambda: f(1, d=1, b=5), lambda: g(1, 2, sep="-", x=1), lambda: f(*[1, 2], **{"d": 9}),
         lambda: f(1, **{"d": 1}, **{"d": 2}), lambda: f(1, *[1, 2, 3], d=1), lambda: g(**{1: 2}), lambda: (lambda x: x)(),
         lambda: (lambda x, y=1: x)(1, 2, 3), lambda: (lambda *, k: k)(1), lambda: (lambda **k: k)(1), lambda: len(obj=1),
         lambda: print(sepx=1), lambda: sorted([1], reverse=1, key=None, x=1), lambda: int("1", 2, 3), lambda: "".join(),
         lambda: dict.get(), lambda: [].append(), lambda: {}.update(1, 2), lambda: divmod(1), lambda: max(), lambda: isinstance(1),
         lambda: f(), lambda: f(1, 2, 3, 4, 5), lambda: g(1, sep=1)]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError", e)
class K:
    def m(self, x, /, y): return x, y
    @classmethod
    def cm(cls, a): return a
    @staticmethod
    def sm(a, b): return a
for c in [lambda: K().m(1), lambda: K().m(1, x=2), lambda: K.m(1, 2), lambda: K().cm(), lambda: K.sm(1), lambda: K(1),
          lambda: object(1), lambda: K().m(), lambda: K().nope(), lambda: K.m(K(), 1, y=2, z=3)]:
    try:
        print(c())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
