# Errors raised through a stored bound method, the method call and the
# unbound method name the method as CPython does: a METH_VARARGS method
# (str.count, bytes.find, set.union...) refuses keywords with its bare name
# through a bound method object and with its type's name otherwise.
class S(str):
    pass


class BA(bytearray):
    pass


class FS(frozenset):
    pass


samples = [('a', str), (b'a', bytes), (bytearray(b'a'), bytearray), ([1], list),
           ({1: 2}, dict), ({1}, set), (frozenset({1}), frozenset), ((1,), tuple),
           (S('a'), str), (BA(b'a'), bytearray), (FS({1}), frozenset)]
# The METH_VARARGS methods: the ones whose bound form names them bare.
varargs = {'count', 'endswith', 'find', 'index', 'rfind', 'rindex', 'startswith',
           'difference', 'difference_update', 'intersection', 'intersection_update',
           'union', 'update'}


def report(label, call):
    try:
        call()
        print(label, 'ok')
    except TypeError as e:
        print(label, e)


for obj, cls in samples:
    for name in sorted(n for n in dir(cls) if not n.startswith('_')):
        if name in ('fromkeys', 'maketrans', 'fromhex'):
            continue
        if type(obj) is not cls and name not in varargs:
            continue
        bound = getattr(obj, name)
        unbound = getattr(cls, name)
        tag = '%s.%s' % (type(obj).__name__, name)
        report(tag + ' bound kw', lambda: bound(x=1))
        report(tag + ' unbound kw', lambda: unbound(obj, x=1))
        report(tag + ' getattr kw', lambda: getattr(obj, name)(x=1))
        report(tag + ' bound many', lambda: bound(1, 2, 3, 4, 5))
        report(tag + ' unbound many', lambda: unbound(obj, 1, 2, 3, 4, 5))

report('method call str.count', lambda: 'a'.count(x=1))
report('method call bytes.count', lambda: b'a'.count(x=1))
report('method call set.union', lambda: {1}.union(x=1))
report('method call subclass', lambda: S('a').count(x=1))
f = b''.count
report('stored bytes.count', lambda: f(x=1))
report('stored bytes.count empty', lambda: f(**{}))
