# Argument checks whose order or wording CPython's C code fixes: warn's
# Py_ssize_t stacklevel, deque.rotate's hand count, a C type's in-place
# repeat fallback, datetime's conversion before the positional count, and
# the main module's __package__.
import collections, datetime, decimal, warnings

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

t('warn huge', lambda: warnings.warn('x', stacklevel=10**30))
t('warn -huge', lambda: warnings.warn('x', stacklevel=-10**30))
t('warn float first', lambda: warnings.warn('x', 5, stacklevel=1.5))
t('rotate 2', lambda: collections.deque().rotate(1, 2))
t('rotate kw', lambda: collections.deque().rotate(n=1))
d = collections.deque([1, 2, 3])
d.rotate()
d.rotate(-2)
print(d)

def imul(a, b):
    a *= b
    return a
class D(decimal.Decimal):
    pass
t('Decimal *= str', lambda: imul(decimal.Decimal(0), 'ab'))
t('D *= str', lambda: imul(D(0), 'ab'))
t('date *= list', lambda: imul(datetime.date(2000, 1, 1), [1]))
t('OrderedDict *= str', lambda: imul(collections.OrderedDict(), 'ab'))
t('time float', lambda: datetime.time(1.0, 60, -1, 59, 10000, 30))
t('time count', lambda: datetime.time(1, 60, -1, 59, None, 30))
t('datetime float', lambda: datetime.datetime(2000, 1, 1, 1.5, 0, 0, 0, None, 1))
print(__package__)
