# itertools objects whose shared state is advanced from inside the code
# that feeds it: a tee source generator that advances a sibling tee (the
# shared buffer is being filled), a groupby key that advances the groupby
# itself or a _grouper that is read after the parent moved on, product
# and zip_longest inputs whose __iter__ empties the other inputs,
# accumulate whose function empties its source list, chain.from_iterable
# over a list that grows while it is chained, and copies of tees made in
# the middle of the source. CPython raises (RuntimeError 'cannot re-enter
# the tee iterator', ValueError 'generator already executing') or answers;
# no native may reuse a buffer slot or a group it has already released.
# expect-output: tee source advances sibling -> ([1, 1, 3], [1, 3])
# expect-output: tee copied inside its source -> ([0, 1, 2, 3, 4], [[2, 3, 4]])
# expect-output: groupby key advances groupby -> [(0, [0, 1]), (2, [4, 5]), (3, [6, 7])]
# expect-output: groupers read after the parent -> [[], [], []]
# expect-output: key reads a grouper -> [('x', ['b', 'b', 'b'])]
# expect-output: product input empties others -> []
# expect-output: zip_longest input empties others -> [(None, 7, None)]
# expect-output: accumulate func empties source -> [1, 3]
# expect-output: chain.from_iterable over a growing list -> [1, 2, 11, 12, 21, 22]
# expect-output: cycle of a list emptied -> [1, 1, 1, 1, 1]
import itertools


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def tee_sibling():
    holder = []

    def src():
        yield 1
        yield next(holder[1])
        yield 3

    a, b = itertools.tee(src())
    holder.extend([a, b])
    return list(a), list(b)


attempt("tee source advances sibling", tee_sibling)


def tee_copy_midway():
    holder = []

    def src():
        for i in range(5):
            if i == 2:
                holder.append(holder[0].__copy__())
            yield i

    a, = itertools.tee(src(), 1)
    holder.append(a)
    first = list(a)
    return first, [list(t) for t in holder[1:]]


attempt("tee copied inside its source", tee_copy_midway)


def groupby_key_advances():
    holder = []

    def key(v):
        if v == 2:
            next(holder[0], None)
        return v // 2

    g = itertools.groupby(range(8), key)
    holder.append(g)
    return [(k, list(grp)) for k, grp in g]


attempt("groupby key advances groupby", groupby_key_advances)


def grouper_after_parent():
    g = itertools.groupby("aabbbcc")
    groups = [grp for _, grp in g]
    return [list(grp) for grp in groups]


attempt("groupers read after the parent", grouper_after_parent)


def grouper_inside_key():
    holder = []

    def key(v):
        if holder and v == "b":
            return "x" + "".join(holder[0])
        return v

    g = itertools.groupby("aabbb", key)
    k, grp = next(g)
    holder.append(grp)
    return [(k2, list(g2)) for k2, g2 in g]


attempt("key reads a grouper", grouper_inside_key)
lists = [[1, 2], [3, 4], [5, 6]]


class Empties:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for other in lists:
            other.clear()
        return iter(self.items)


attempt("product input empties others", lambda: list(itertools.product(lists[0], Empties([7, 8]), lists[1])))
lists = [[1, 2], [3, 4], [5, 6]]
attempt("zip_longest input empties others", lambda: list(itertools.zip_longest(lists[0], Empties([7]), lists[2])))
src = [1, 2, 3, 4]
attempt("accumulate func empties source", lambda: list(itertools.accumulate(src, lambda a, b: (src.clear(), a + b)[1])))
grow = [[1], [2]]


def chained():
    out = []
    for v in itertools.chain.from_iterable(grow):
        out.append(v)
        if len(grow) < 6:
            grow.append([v + 10])
    return out


attempt("chain.from_iterable over a growing list", chained)
cyc = [1, 2, 3]
attempt("cycle of a list emptied", lambda: list(itertools.islice(((cyc.clear() or v) for v in itertools.cycle(cyc)), 5)))
