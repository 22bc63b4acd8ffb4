"""Heap queue (priority queue) functions over plain lists, as CPython's heapq.

The sift steps make the same comparisons, in the same order, as CPython's
_heapq, so a heap list holds its items in the same places (printing a heap
shows what python3.11 shows). nsmallest and nlargest return what their
documented equivalents return: sorted(iterable, key=key)[:n] and
sorted(iterable, key=key, reverse=True)[:n].
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, function, which='argument'):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{function}() {which} must be list, not {got}")


def _changed_size():
    return RuntimeError('list changed size during iteration')


# The sift steps swap items as CPython's _heapq does and reread the list
# after each comparison, whose __lt__ may change it: a change of size is
# CPython's RuntimeError, other changes are kept.
def _sift_toward_root(heap, root, pos):
    # Move heap[pos] up while it is smaller than its parent.
    size = len(heap)
    if pos >= size:
        raise IndexError('list index out of range')
    while pos > root:
        parent_pos = (pos - 1) >> 1
        lower = heap[pos] < heap[parent_pos]
        if size != len(heap):
            raise _changed_size()
        if not lower:
            break
        heap[pos], heap[parent_pos] = heap[parent_pos], heap[pos]
        pos = parent_pos


def _sift_from(heap, pos):
    # Move the smaller child up until a leaf is reached, then move the
    # item back toward `pos` (fewer comparisons on average than stopping
    # early, and the layout CPython's heapq produces).
    end = len(heap)
    if pos >= end:
        raise IndexError('list index out of range')
    start = pos
    limit = end >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < end:
            if not heap[child] < heap[child + 1]:
                child += 1
            if end != len(heap):
                raise _changed_size()
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _sift_toward_root(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush', 'argument 1')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_from(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the smallest item, and add the new item."""
    _check_list(heap, 'heapreplace', 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_from(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check_list(heap, 'heappushpop', 'argument 1')
    if not heap or not heap[0] < item:
        return item
    if not heap:
        raise IndexError('index out of range')
    item, heap[0] = heap[0], item
    _sift_from(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in linear time."""
    _check_list(heap, 'heapify')
    for pos in reversed(range(len(heap) // 2)):
        _sift_from(heap, pos)


def _sift_toward_root_max(heap, root, pos):
    # _sift_toward_root for a max-heap.
    size = len(heap)
    if pos >= size:
        raise IndexError('list index out of range')
    while pos > root:
        parent_pos = (pos - 1) >> 1
        higher = heap[parent_pos] < heap[pos]
        if size != len(heap):
            raise _changed_size()
        if not higher:
            break
        heap[pos], heap[parent_pos] = heap[parent_pos], heap[pos]
        pos = parent_pos


def _sift_from_max(heap, pos):
    # _sift_from for a max-heap.
    end = len(heap)
    if pos >= end:
        raise IndexError('list index out of range')
    start = pos
    limit = end >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < end:
            if not heap[child + 1] < heap[child]:
                child += 1
            if end != len(heap):
                raise _changed_size()
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(heap, /):
    _check_list(heap, '_heapify_max')
    for pos in reversed(range(len(heap) // 2)):
        _sift_from_max(heap, pos)


def _heapreplace_max(heap, item, /):
    _check_list(heap, '_heapreplace_max', 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_from_max(heap, 0)
    return smallest


def _heappop_max(heap, /):
    _check_list(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_from_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output; ties keep the order
    of the inputs."""
    # As CPython's: a heap of [key, order, value, iterator] entries, so the
    # comparisons (whole lists, the order breaking ties) are the same ones
    # in the same order, and so are the errors they raise.
    if reverse:
        make_heap, pop, replace, direction = (
            _heapify_max, _heappop_max, _heapreplace_max, -1)
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value),
                         order * direction, value, it])
            break
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def _select(n, iterable, key, largest):
    # CPython's nsmallest/nlargest: min/max for n == 1, sorted() when n
    # covers a sized input, else a bounded heap of (key, order, item), so
    # the comparisons made, and the errors a bad n or item raises, are
    # CPython's.
    if n == 1:
        pick = max if largest else min
        result = pick(iter(iterable), default=_missing, key=key)
        return [] if result is _missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    if largest:
        orders = range(0, -n, -1)
    else:
        orders = range(n)
    if key is None:
        result = [(item, order, item) for order, item in zip(orders, it)]
    else:
        result = [(key(item), order, item) for order, item in zip(orders, it)]
    if not result:
        return result
    if largest:
        heapify(result)
        replace, step = heapreplace, -1
    else:
        _heapify_max(result)
        replace, step = _heapreplace_max, 1
    top = result[0][0]
    order = -n if largest else n
    for item in it:
        k = item if key is None else key(item)
        if (top < k) if largest else (k < top):
            replace(result, (k, order, item))
            top = result[0][0]
            order += step
    result.sort(reverse=largest)
    return [entry[2] for entry in result]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key,
    reverse=True)[:n]."""
    return _select(n, iterable, key, True)


_missing = object()

# CPython's are C functions of _heapq: no binding when a class stores one.
_builtin_function(heappush, heappop, heapreplace, heappushpop, heapify, _heapify_max,
                  _heapreplace_max, _heappop_max, module='_heapq')
