# A collection made due from inside a callback that a native operation is
# running (a sort key, __lt__, __hash__, __eq__, a generator feeding
# extend/join/tuple/sorted/dict.fromkeys/max/zip/map/itertools), whose
# finalizer then empties or refills the very container the native holds.
# Whatever the collection's timing, the native must finish on live
# storage: a result or CPython's "modified" error, never freed items.
# expect-output: sort key ok
# expect-output: sort __lt__ ok
# expect-output: dict store ok
# expect-output: dict get ok
# expect-output: set add ok
# expect-output: list.extend ok
# expect-output: str.join ok
# expect-output: tuple ok
# expect-output: sorted ok
# expect-output: dict.fromkeys ok
# expect-output: max ok
# expect-output: min key ok
# expect-output: enumerate ok
# expect-output: zip ok
# expect-output: map ok
# expect-output: product ok
# expect-output: groupby ok
# expect-output: tee ok
# expect-output: permutations ok
# expect-output: zip_longest ok
# expect-output: final True
import itertools


def attempt(label, fn, ok_errors=("list modified during sort",)):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, "ok" if str(e) in ok_errors else type(e).__name__ + ": " + str(e))


class Fin:
    def __init__(self, act):
        self.act = act

    def __del__(self):
        self.act()


def churn(act):
    # A cycle with a finalizer, dropped; the garbage after it makes a
    # collection due at the next safepoint.
    x = Fin(act)
    x.self = x
    del x
    for i in range(4):
        junk = [bytes(3000) for j in range(3000)]
    return 0


L = list(range(30))


def key(v):
    churn(lambda: (L.clear(), L.extend(range(100))))
    return -v


attempt("sort key", lambda: L.sort(key=key))


class Lt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        churn(lambda: L.__setitem__(slice(None), [Lt(0)] * 100))
        return self.v < o.v


L = [Lt(i) for i in range(10)]
attempt("sort __lt__", lambda: L.sort())
d = {i: i for i in range(5)}


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        churn(lambda: (d.clear(), d.update({k: k for k in range(50)})))
        return self.v

    def __eq__(self, o):
        churn(d.clear)
        return self is o


attempt("dict store", lambda: d.__setitem__(H(3), 1))
attempt("dict get", lambda: d.get(H(3)))
s = set(range(5))
attempt("set add", lambda: s.add(H(3)))


def gen():
    for i in range(5):
        churn(L.clear)
        yield i


L = [1, 2]
attempt("list.extend", lambda: L.extend(gen()))
attempt("str.join", lambda: "-".join(str(x) for x in gen()))
attempt("tuple", lambda: tuple(gen()))
attempt("sorted", lambda: sorted(gen(), reverse=True))
attempt("dict.fromkeys", lambda: dict.fromkeys(gen()))
attempt("max", lambda: max(gen()))
attempt("min key", lambda: min(range(5), key=lambda v: (churn(lambda: None), -v)[1]))
attempt("enumerate", lambda: list(enumerate(gen())))
attempt("zip", lambda: list(zip(gen(), gen())))
attempt("map", lambda: list(map(lambda a, b: a + b, gen(), gen())))
attempt("product", lambda: list(itertools.product(gen(), gen())))
attempt("groupby", lambda: [(k, list(g)) for k, g in itertools.groupby(gen(), key=lambda v: v // 2)])
attempt("tee", lambda: [list(x) for x in itertools.tee(gen(), 3)])
attempt("permutations", lambda: list(itertools.permutations(gen(), 2)))
attempt("zip_longest", lambda: list(itertools.zip_longest(gen(), [1])))
print("final", len(L) >= 0)
