# dict.update, |, |= and dict.fromkeys where the keys' __eq__ (run while
# the target is probed) clears or grows the source being walked, or the
# target itself, and a dict subclass's __setitem__ clears the set or dict
# fromkeys is reading. CPython checks the source's size as it goes ("dict
# mutated during update", "changed size during iteration") or finishes;
# a walk holding the source's entry pointer reads freed storage.
# expect-output: update source_cleared RuntimeError dict mutated during update
# expect-output: update target_cleared -> 8
# expect-output: update source_grown RuntimeError dict mutated during update
# expect-output: union source_cleared RuntimeError dict mutated during update
# expect-output: union target_cleared -> 8
# expect-output: union source_grown RuntimeError dict mutated during update
# expect-output: inplace_union source_cleared RuntimeError dict mutated during update
# expect-output: inplace_union target_cleared -> 8
# expect-output: inplace_union source_grown RuntimeError dict mutated during update
# expect-output: fromkeys set RuntimeError Set changed size during iteration
# expect-output: fromkeys dict RuntimeError dictionary changed size during iteration
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
    except Exception as e:
        print(label, type(e).__name__, e)


def pair(change):
    src = {K(i): i for i in range(8)}
    dst = {K(i): i for i in range(8)}
    for k in list(dst):
        k.act = lambda: change(src, dst)
    return src, dst


def update(change):
    src, dst = pair(change)
    dst.update(src)
    return len(dst)


def union(change):
    src, dst = pair(change)
    return len(dst | src)


def inplace_union(change):
    src, dst = pair(change)
    dst |= src
    return len(dst)


def source_cleared(src, dst):
    src.clear()


def target_cleared(src, dst):
    dst.clear()


def source_grown(src, dst):
    src.update({j: j for j in range(100)})


for op in (update, union, inplace_union):
    for change in (source_cleared, target_cleared, source_grown):
        attempt(op.__name__ + " " + change.__name__, lambda: op(change))

src_set = {K(i) for i in range(8)}


class D(dict):
    def __setitem__(self, k, v):
        src_set.clear()
        dict.__setitem__(self, k, v)


attempt("fromkeys set", lambda: len(D.fromkeys(src_set)))
src_dict = {K(i): 0 for i in range(8)}


class D2(dict):
    def __setitem__(self, k, v):
        src_dict.clear()
        dict.__setitem__(self, k, v)


attempt("fromkeys dict", lambda: len(D2.fromkeys(src_dict)))
