# groupby re-entered: a key function, or the loop over a group, that calls
# next() on the same groupby finds it as CPython's groupby_next leaves it.
import itertools


def key_reenters():
    holder = []

    def key(x):
        if x == 2 and holder:
            return ('inner', next(holder[0])[0])
        return x

    g = itertools.groupby([1, 2, 3, 4], key)
    holder.append(g)
    return [k for k, _ in g]


print(key_reenters())


def group_reenters():
    holder = []

    def key(x):
        if x == 2 and holder:
            return ('group', list(holder[0]))
        return x

    g = itertools.groupby([1, 1, 2, 3], key)
    k, grp = next(g)
    holder.append(grp)
    return [k] + [k for k, _ in g]


print(group_reenters())
g = itertools.groupby([1, 1, 2, 2, 3, 3])
k, grp = next(g)
out = []
for x in grp:
    out.append(x)
    out.append(next(g)[0])
print(out, list(grp))


def failing_key(x):
    if x == 2:
        raise ValueError('bad key')
    return x


g = itertools.groupby([1, 2, 3], failing_key)
print(next(g)[0])
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
print([k for k, _ in g])
# The input is asked again after it ran out, as CPython's.
items = [1]
g = itertools.groupby(iter(items))
it = iter(items)
print([k for k, _ in g], [k for k, _ in g])
