# itertools iterators re-entered several levels deep from a callback, as
# CPython's C iterators recurse.
import itertools as it

depth = 0


def reenter(x):
    global depth
    if depth < 3 and x % 3 == 1:
        depth += 1
        got = next(obj, 'END')
        print('  ' * depth + 'inner', got)
        depth -= 1
    return x


for name, make in [
        ('accumulate', lambda: it.accumulate(range(12), lambda a, b: a + reenter(b))),
        ('dropwhile', lambda: it.dropwhile(lambda x: reenter(x) < 2, range(12))),
        ('takewhile', lambda: it.takewhile(lambda x: reenter(x) < 9, range(12))),
        ('filterfalse', lambda: it.filterfalse(lambda x: reenter(x) % 2, range(12))),
        ('starmap', lambda: it.starmap(reenter, [(i,) for i in range(12)]))]:
    depth = 0
    obj = make()
    print(name, list(obj))
