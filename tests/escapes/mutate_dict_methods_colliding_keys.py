# Every dict method that probes the table (pop, get, setdefault, `in`,
# d[k], del d[k], d[k] = v) with colliding keys whose __eq__ clears the
# dict, or grows it through several resizes, while the probe is between
# two comparisons. The probe must restart on the new table or finish on a
# live one (CPython's answers), never read or write the freed one.
# expect-output: pop cleared KeyError
# expect-output: get cleared -> (None, 0)
# expect-output: setdefault cleared -> (None, 1)
# expect-output: __contains__ cleared -> (False, 0)
# expect-output: __getitem__ cleared KeyError
# expect-output: __delitem__ cleared KeyError
# expect-output: __setitem__ cleared -> (None, 1)
# expect-output: pop grown -> (5, 207)
# expect-output: get grown -> (5, 208)
# expect-output: setdefault grown -> (5, 208)
# expect-output: __contains__ grown -> (True, 208)
# expect-output: __getitem__ grown -> (5, 208)
# expect-output: __delitem__ grown -> (None, 207)
# expect-output: __setitem__ grown -> (None, 208)
class K:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act

    def __hash__(self):
        return 1

    def __eq__(self, o):
        if self.act:
            a = self.act
            self.act = None
            a()
        return isinstance(o, K) and self.v == o.v


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except KeyError:
        print(label, "KeyError")
    except Exception as e:
        print(label, type(e).__name__, e)


def probe(meth, change):
    d = {K(i): i for i in range(8)}
    for k in list(d):
        k.act = lambda: change(d)
    args = (K(5), 1) if meth == "__setitem__" else (K(5),)

    def run():
        r = getattr(d, meth)(*args)
        return r if isinstance(r, (int, type(None))) else type(r).__name__, len(d)
    attempt(meth + " " + change.__name__, run)


def cleared(d):
    d.clear()


def grown(d):
    d.update({j: j for j in range(200)})


for change in (cleared, grown):
    for meth in ("pop", "get", "setdefault", "__contains__", "__getitem__", "__delitem__",
                 "__setitem__"):
        probe(meth, change)
