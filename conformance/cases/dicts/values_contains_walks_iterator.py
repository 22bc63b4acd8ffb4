# `x in d.values()` walks the values iterator: a comparison that changes
# the dict's size (or swaps keys at the same size) ends it with the
# iterator's RuntimeError at the next step; a match found first wins.
class V:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act

    def __eq__(self, other):
        if self.act is not None:
            act, self.act = self.act, None
            act()
        return isinstance(other, V) and self.v == other.v


def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


d = {i: V(i) for i in range(5)}
attempt("plain", lambda: V(3) in d.values())
attempt("absent", lambda: V(9) in d.values())
d[1].act = lambda: d.__setitem__(10, V(10))
attempt("grown", lambda: V(9) in d.values())
d = {i: V(i) for i in range(5)}
d[3].act = d.clear
attempt("cleared at the match", lambda: V(3) in d.values())
d = {i: V(i) for i in range(5)}
d[0].act = lambda: (d.pop(4), d.__setitem__(-1, V(-1)))
attempt("same size", lambda: V(9) in d.values())
d = {i: V(i) for i in range(5)}
d[4].act = lambda: d.pop(0)
attempt("shrunk at the end", lambda: V(9) in d.values())
