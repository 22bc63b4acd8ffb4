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


def _sift_toward_root(heap, root, pos):
    # Move heap[pos] up while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_from(heap, pos):
    # Move the smaller child up until a leaf is reached, put heap[pos]
    # there, then move it back toward `pos` (fewer comparisons on average
    # than stopping early, and the layout CPython's heapq produces).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
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
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_from(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in linear time."""
    _check_list(heap, 'heapify')
    for pos in reversed(range(len(heap) // 2)):
        _sift_from(heap, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output; ties keep the order
    of the inputs."""
    iterators = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(iterators):
        for value in it:
            heads.append([value if key is None else key(value), order, value])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            a, b = heads[i], heads[best]
            # Strictly better only: a tie keeps the earlier input's item.
            if (b[0] < a[0]) if reverse else (a[0] < b[0]):
                best = i
        entry = heads[best]
        yield entry[2]
        for value in iterators[entry[1]]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n == 1:
        result = min(iterable, default=_missing, key=key)
        return [] if result is _missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key,
    reverse=True)[:n]."""
    if n == 1:
        result = max(iterable, default=_missing, key=key)
        return [] if result is _missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


_missing = object()

# CPython's are C functions of _heapq: no binding when a class stores one.
_builtin_function(heappush, heappop, heapreplace, heappushpop, heapify, module='_heapq')
