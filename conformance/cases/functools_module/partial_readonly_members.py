# functools.partial's func, args and keywords are READONLY members, and a
# subclass may define attributes of those names (partial_new stores the
# struct fields directly).
import functools


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


p = functools.partial(max, 1, key=abs)


def assign(name, value):
    setattr(p, name, value)


attempt("p.func =", lambda: assign("func", min))
attempt("p.args =", lambda: assign("args", (2,)))
attempt("p.keywords =", lambda: assign("keywords", {}))
attempt("object.__setattr__ func", lambda: object.__setattr__(p, "func", min))
attempt("object.__setattr__ args", lambda: object.__setattr__(p, "args", ()))
attempt("object.__delattr__ keywords", lambda: object.__delattr__(p, "keywords"))
attempt("delattr func", lambda: delattr(p, "func"))
attempt("still", lambda: (p.func is max, p.args, p.keywords, p(-5, 3)))
attempt("other attribute", lambda: (assign("note", 1), p.note))
attempt("member type", lambda: type(functools.partial.__dict__["func"]).__name__)
attempt("member set", lambda: functools.partial.__dict__["args"].__set__(p, ()))


class Named(functools.partial):
    @property
    def args(self):
        return ("overridden",) + super().args

    func = property(lambda self: "func property")


n = Named(max, 5, 9)
attempt("subclass args", lambda: n.args)
attempt("subclass func", lambda: n.func)
attempt("subclass call", lambda: n(7))
attempt("subclass repr", lambda: repr(n))


class Kw(functools.partial):
    keywords = {"ignored": True}


k = Kw(sorted, key=len)
attempt("class attribute keywords", lambda: (k.keywords, k(["ccc", "a", "bb"])))
attempt("setstate", lambda: (p.__setstate__((min, (4,), {}, None)), p.func, p.args, p(9)))
attempt("bad setstate", lambda: p.__setstate__((5, (), {}, None)))
for i in range(3):
    attempt("store loop", lambda: assign("args", (i,)))
