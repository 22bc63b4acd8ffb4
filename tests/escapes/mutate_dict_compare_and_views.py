# dict == dict and the view operations (keys & set, (k, v) in items(),
# keys() == set, items() == set, v in values()) whose key or value __eq__
# clears the dict on either side or grows it past a resize while the
# comparison walks its table. CPython rereads the table after each
# comparison (or fails with its RuntimeError); a walk holding an entry
# pointer reads a freed table.
# expect-output: values cleared -> True
# expect-output: colliding keys cleared -> True
# expect-output: colliding keys grown -> False
# expect-output: keys & set -> 0
# expect-output: item in items -> True
# expect-output: keys == set -> True
# expect-output: items == set -> True
# expect-output: in values, grown RuntimeError dictionary changed size during iteration
# expect-output: in values, cleared at the match -> True
# expect-output: in values, same size RuntimeError dictionary keys changed during iteration
class K:
    def __init__(self, v, act=None, h=None):
        self.v = v
        self.act = act
        self.h = h if h is not None else hash(v)

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        if self.act:
            a = self.act
            self.act = None
            a()
        return isinstance(o, K) and self.v == o.v


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d1 = {i: K(i) for i in range(8)}
d2 = {i: K(i) for i in range(8)}
d1[3].act = lambda: (d1.clear(), d2.clear())
attempt("values cleared", lambda: d1 == d2)

d1 = {K(i, h=1): i for i in range(8)}
d2 = {K(i, h=1): i for i in range(8)}
for k in list(d2):
    k.act = d1.clear
attempt("colliding keys cleared", lambda: d1 == d2)

d1 = {K(i, h=1): i for i in range(8)}
d2 = {K(i, h=1): i for i in range(8)}
for k in list(d2):
    k.act = lambda: d1.update({j: j for j in range(100)})
attempt("colliding keys grown", lambda: d1 == d2)

d = {K(i, h=1): K(i) for i in range(8)}
for k in list(d):
    k.act = d.clear
attempt("keys & set", lambda: len(d.keys() & {K(3, h=1)}))

d = {K(i, h=1): K(i) for i in range(8)}
for v in list(d.values()):
    v.act = d.clear
key3 = list(d)[3]
attempt("item in items", lambda: (key3, d[key3]) in d.items())

d = {K(i, h=1): K(i) for i in range(8)}
for k in list(d):
    k.act = d.clear
attempt("keys == set", lambda: d.keys() == {K(i, h=1) for i in range(8)})

d = {i: K(i) for i in range(8)}
for v in list(d.values()):
    v.act = d.clear
attempt("items == set", lambda: d.items() == {(i, K(i)) for i in range(8)})

d = {i: K(i) for i in range(8)}
for v in list(d.values()):
    v.act = lambda: d.update({j: 0 for j in range(100, 200)})
attempt("in values, grown", lambda: K(99) in d.values())

d = {i: K(i) for i in range(8)}
d[7].act = d.clear
attempt("in values, cleared at the match", lambda: K(7) in d.values())

d = {i: K(i) for i in range(8)}
for v in list(d.values()):
    v.act = lambda: (d.pop(0, None), d.__setitem__(-1, 0))
attempt("in values, same size", lambda: K(99) in d.values())
