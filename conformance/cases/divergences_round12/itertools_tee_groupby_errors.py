# tee and groupby when their input raises, and tee's re-entry refusal:
# the objects stay usable, as CPython's.
import itertools as it


class Flaky:
    def __init__(self, items, bad):
        self.items = list(items)
        self.n = 0
        self.bad = bad

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == self.bad:
            raise ValueError('flaky %d' % self.n)
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


def drain(label, obj, n=6):
    out = []
    for _ in range(n):
        try:
            out.append(next(obj))
        except StopIteration:
            out.append('stop')
        except (ValueError, RuntimeError) as e:
            out.append(str(e))
    print(label, out)


a, b = it.tee(Flaky('abc', 2))
drain('tee_a', a)
drain('tee_b', b)
g = it.groupby(Flaky('aabb', 3))
out = []
for _ in range(5):
    try:
        k, grp = next(g)
        out.append((k, list(grp)))
    except StopIteration:
        out.append('stop')
    except ValueError as e:
        out.append(str(e))
print('groupby', out)
k, grp = next(it.groupby(Flaky('aaab', 3)))
drain('grouper', grp)


class Reenter:
    def __iter__(self):
        return self

    def __next__(self):
        return next(t1)


t1, t2 = it.tee(Reenter())
drain('tee_reenter', t1, 2)
c1 = it.tee([1, 2, 3])[0]
c2 = c1.__copy__()
print(next(c1), list(c2), list(c1))
