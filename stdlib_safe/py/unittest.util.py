"""Helpers of unittest's messages, as CPython 3.11's unittest.util.

Written for moat (see stdlib_safe/py/unittest.py).
"""

import collections

__unittest = True


_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, keep_front, keep_back):
    dropped = len(s) - keep_front - keep_back
    if dropped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_front], dropped, s[len(s) - keep_back:])
    return s


def _common_prefix(texts):
    lowest, highest = min(texts), max(texts)
    for index, char in enumerate(lowest):
        if char != highest[index]:
            return lowest[:index]
    return lowest


def _common_shorten_repr(*args):
    # Reprs longer than 80 characters are cut around their common prefix,
    # so the point where they differ stays in view.
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    cut = len(prefix)
    common_len = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[cut:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def three_way_cmp(x, y):
    """Return -1 if x < y, 0 if x == y and 1 if x > y."""
    return (x > y) - (x < y)


_Mismatch = collections.namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    # Counts by equality only (for unhashable elements), in first-seen order.
    first, second = list(actual), list(expected)
    taken = object()
    found = []
    for i, elem in enumerate(first):
        if elem is taken:
            continue
        count_first = count_second = 0
        for j in range(i, len(first)):
            if first[j] == elem:
                count_first += 1
                first[j] = taken
        for j, other in enumerate(second):
            if other == elem:
                count_second += 1
                second[j] = taken
        if count_first != count_second:
            found.append(_Mismatch(count_first, count_second, elem))
    for i, elem in enumerate(second):
        if elem is taken:
            continue
        count_second = 0
        for j in range(i, len(second)):
            if second[j] == elem:
                count_second += 1
                second[j] = taken
        found.append(_Mismatch(0, count_second, elem))
    return found


def _count_diff_hashable(actual, expected):
    first, second = collections.Counter(actual), collections.Counter(expected)
    found = []
    for elem, count_first in first.items():
        count_second = second.get(elem, 0)
        if count_first != count_second:
            found.append(_Mismatch(count_first, count_second, elem))
    for elem, count_second in second.items():
        if elem not in first:
            found.append(_Mismatch(0, count_second, elem))
    return found


