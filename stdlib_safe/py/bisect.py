"""Bisection algorithms over sorted sequences, as CPython's bisect.

Only `<` is used to compare, and `a.insert` to insert, as CPython's _bisect
does, so any sequence with __getitem__ and __len__ (and insert, for insort)
works. An exact list searched without a key goes first to the native
`_search_sorted_list` (stdlib_safe/bisect_module.cc), which answers when
its comparisons run no Python code; otherwise the search below runs.
"""

from operator import index as _index

__all__ = ['bisect_left', 'bisect_right', 'insort_left', 'insort_right',
           'bisect', 'insort']


_SSIZE_MIN = -2**63
_SSIZE_MAX = 2**63 - 1


def _convert_bounds(lo, hi):
    # The C module's argument parsing: lo is a Py_ssize_t, hi a Py_ssize_t
    # or None (-1). insort converts them before it calls key on x.
    lo = _index(lo)
    if not _SSIZE_MIN <= lo <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is None:
        return lo, -1
    if not hasattr(type(hi), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    hi_type = type(hi).__name__
    hi = _index(hi)
    if not _SSIZE_MIN <= hi <= _SSIZE_MAX:
        raise OverflowError("cannot fit '%s' into an index-sized integer" % hi_type)
    return lo, hi


def _check_mapping(a):
    # PySequence_Size and PySequence_GetItem refuse a C mapping type.
    t = type(a)
    if t is dict or t is _mappingproxy:
        raise TypeError('%s is not a sequence' % t.__name__)
    if t.__module__ == 'collections' and t.__name__ in ('OrderedDict', 'defaultdict'):
        raise TypeError('collections.%s is not a sequence' % t.__name__)


def _check_sequence(a):
    # PySequence_GetItem's refusals, raised when the search first reads an
    # item.
    _check_mapping(a)
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object does not support indexing" % type(a).__name__)


class _Probe:
    pass


_mappingproxy = type(_Probe.__dict__)
del _Probe


def _search_right(a, x, lo, hi, key):
    # internal_bisect_right: the bounds checked, then the search. An
    # explicit hi of -1 also means len(a), as in C.
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        _check_mapping(a)
        hi = len(a)
    if lo < hi:
        _check_sequence(a)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _search_left(a, x, lo, hi, key):
    # internal_bisect_left, as _search_right.
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        _check_mapping(a)
        hi = len(a)
    if lo < hi:
        _check_sequence(a)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in a, after any items equal to x."""
    if key is None and type(lo) is int and (hi is None or type(hi) is int):
        found = _search_sorted_list(a, x, lo, hi, True)
        if found is not None:
            return found
    lo, hi = _convert_bounds(lo, hi)
    return _search_right(a, x, lo, hi, key)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in a, before any items equal to x."""
    if key is None and type(lo) is int and (hi is None or type(hi) is int):
        found = _search_sorted_list(a, x, lo, hi, False)
        if found is not None:
            return found
    lo, hi = _convert_bounds(lo, hi)
    return _search_left(a, x, lo, hi, key)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in a, kept sorted, after any items equal to x."""
    index = None
    if key is None and type(lo) is int and (hi is None or type(hi) is int):
        index = _search_sorted_list(a, x, lo, hi, True)
    if index is None:
        lo, hi = _convert_bounds(lo, hi)
        # The search runs before a.insert is looked up, as in CPython's C insort.
        index = _search_right(a, x if key is None else key(x), lo, hi, key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in a, kept sorted, before any items equal to x."""
    index = None
    if key is None and type(lo) is int and (hi is None or type(hi) is int):
        index = _search_sorted_list(a, x, lo, hi, False)
    if index is None:
        lo, hi = _convert_bounds(lo, hi)
        index = _search_left(a, x if key is None else key(x), lo, hi, key)
    a.insert(index, x)


# CPython's are C functions of _bisect: no binding when a class stores one.
_builtin_function(bisect_right, bisect_left, insort_right, insort_left, module='_bisect')

bisect = bisect_right
insort = insort_right
