# A nesting deeper than the recursion limit: pprint's functions meet the
# limit at the same call as CPython's, whatever the caller's depth, so the
# RecursionError says the same thing.
import io
import pprint

x = []
for i in range(3000):
    x = [x]
t = ()
for i in range(3000):
    t = (t, 1)
d = {}
for i in range(3000):
    d = {1: d}


def at_depth(n, fn):
    if n:
        return at_depth(n - 1, fn)
    try:
        fn()
        return 'ok'
    except RecursionError as e:
        return str(e)


for name, obj in (('list', x), ('tuple', t), ('dict', d)):
    for fname, fn in (('pformat', pprint.pformat), ('saferepr', pprint.saferepr),
                      ('isreadable', pprint.isreadable),
                      ('isrecursive', pprint.isrecursive),
                      ('pformat depth', lambda o: pprint.pformat(o, depth=5000)),
                      ('pprint', pprint.pprint),
                      ('pprint stream', lambda o: pprint.pprint(o, stream=io.StringIO())),
                      ('pp', pprint.pp),
                      ('PrettyPrinter.pformat', pprint.PrettyPrinter(width=10).pformat)):
        print(name, fname, [at_depth(n, lambda: fn(obj)) for n in range(4)])

# Shallow enough: the same text as CPython's.
y = [[1, 2], (3, {'a': [4, 5]})] * 3
pprint.pprint(y, width=30)
print(pprint.saferepr(y), pprint.isreadable(y))
