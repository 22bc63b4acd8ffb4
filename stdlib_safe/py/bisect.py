"""Bisection algorithms over sorted sequences, as CPython's bisect.

Only `<` is used to compare, and `a.insert` to insert, as CPython's _bisect
does, so any sequence with __getitem__ and __len__ (and insert, for insort)
works.
"""

from operator import index as _index

__all__ = ['bisect_left', 'bisect_right', 'insort_left', 'insort_right',
           'bisect', 'insort']


_SSIZE_MIN = -2**63
_SSIZE_MAX = 2**63 - 1


def _bounds(a, lo, hi):
    # As the C module's argument parsing: lo is a Py_ssize_t, hi a
    # Py_ssize_t or None (-1), both converted before lo is checked; an
    # explicit hi of -1 also means len(a).
    lo = _index(lo)
    if not _SSIZE_MIN <= lo <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is None:
        hi = -1
    elif not hasattr(type(hi), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    else:
        hi_type = type(hi).__name__
        hi = _index(hi)
        if not _SSIZE_MIN <= hi <= _SSIZE_MAX:
            raise OverflowError("cannot fit '%s' into an index-sized integer" % hi_type)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in a, after any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in a, before any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in a, kept sorted, after any items equal to x."""
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in a, kept sorted, before any items equal to x."""
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


# CPython's are C functions of _bisect: no binding when a class stores one.
_builtin_function(bisect_right, bisect_left, insort_right, insort_left, module='_bisect')

bisect = bisect_right
insort = insort_right
