# tee and groupby re-entered from their input or key function.
import itertools as it
import re

outer = None
depth = 0


class Src:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        global depth
        if not self.items:
            raise StopIteration
        value = self.items.pop(0)
        if depth == 0 and value == 2:
            depth += 1
            try:
                print("  inner", re.sub(r" at 0x[0-9a-f]+", "", repr(next(outer, "END"))))
            except Exception as e:
                print('  inner', type(e).__name__, e)
            depth -= 1
        return value


a, b = it.tee(Src(range(5)))
outer = a
print('tee a', list(a))
print('tee b', list(b))
depth = 0
a, b = it.tee(Src(range(5)))
outer = b
print('tee a2', list(a))
print('tee b2', list(b))

# groupby: the key function re-enters the groupby.
depth = 0
def key(x):
    global depth
    if depth == 0 and x == 2:
        depth += 1
        try:
            k, g = next(outer)
            print('  key inner', k, list(g))
        except Exception as e:
            print('  key inner', type(e).__name__, e)
        depth -= 1
    return x // 2
outer = it.groupby([0, 1, 2, 3, 4, 5, 6], key=key)
print('groupby', [(k, list(g)) for k, g in outer])

# a group's consumer advancing the groupby itself
g_outer = it.groupby('aabbbcc')
k1, g1 = next(g_outer)
print(next(g1))
k2, g2 = next(g_outer)
print(k2, list(g1), list(g2))

# groupby whose input re-enters
depth = 0
outer = it.groupby(Src([1, 1, 2, 2, 3]))
res = []
for k, g in outer:
    res.append((k, list(g)))
print('groupby src', res)

# a key function that raises, then the groupby continues
calls = []
def bad(x):
    calls.append(x)
    if x == 3:
        raise ValueError('bad key')
    return x
gb = it.groupby([1, 3, 4, 4], key=bad)
print(next(gb)[0])
try:
    next(gb)
except ValueError as e:
    print('ValueError', e)
print([(k, list(g)) for k, g in gb])
