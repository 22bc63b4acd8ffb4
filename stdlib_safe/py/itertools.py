"""Iterator building blocks, as CPython's itertools.

Each function checks its arguments and takes its iterators when it is
called, as CPython's do, and returns a generator that does the work lazily.
The results are generators rather than objects of named types (islice,
...), so their type names and reprs differ from CPython's, except for count
and repeat, which are classes because their reprs show their state as
CPython's do (`count(5)`, `repeat('a', 2)`) and scripts print them, and
chain, a class because scripts annotate with chain[int] and call
chain.from_iterable. Their type names in messages are CPython's
('itertools.chain'), set by the native `_set_type_name`.
"""

from operator import index as _index

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_missing = object()


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _check_count(name, args, low, high):
    n = len(args)
    if n < low:
        if low == high:
            raise TypeError(f"{name} expected {low} argument{'s' if low != 1 else ''}, got {n}")
        raise TypeError(f"{name} expected at least {low} argument{'s' if low != 1 else ''}, got {n}")
    if n > high:
        if low == high:
            raise TypeError(f"{name} expected {high} argument{'s' if high != 1 else ''}, got {n}")
        raise TypeError(f"{name} expected at most {high} argument{'s' if high != 1 else ''}, got {n}")


# ---- Infinite iterators --------------------------------------------------------

def _repr_number(value):
    # CPython keeps an int count as a C integer, so count(True) shows 1.
    return repr(int(value)) if type(value) is bool else repr(value)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)):
                try:
                    value + 0
                except TypeError:
                    raise TypeError("a number is required") from None
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f"count({_repr_number(self._value)})"
        return f"count({_repr_number(self._value)}, {_repr_number(self._step)})"


def cycle(iterable, /):
    """cycle(iterable): the items of iterable, then the same again forever."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]): object, times times or forever."""

    def __init__(self, object, times=_missing):
        self._object = object
        self._times = None if times is _missing else max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


# ---- Iterators over the shortest input -------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """accumulate(iterable, func=operator.add, *, initial=None): running
    totals (or running results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


class chain:
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    # A class as in CPython (chain[int], isinstance, chain.from_iterable on
    # subclasses); its instance drives a generator.
    __slots__ = ('_gen',)

    def __new__(cls, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        self = object.__new__(cls)
        self._gen = _chain(iterables)
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
that evaluates lazily."""
        self = object.__new__(cls)
        self._gen = _chain(iter(iterable))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    __class_getitem__ = classmethod(type(list[int]))


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def compress(data, selectors):
    """compress(data, selectors): the items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(*args, **kwargs):
    """dropwhile(predicate, iterable): the items after predicate first fails."""
    _no_keywords('dropwhile', kwargs)
    _check_count('dropwhile', args, 2, 2)
    return _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(*args, **kwargs):
    """takewhile(predicate, iterable): the items while predicate holds."""
    _no_keywords('takewhile', kwargs)
    _check_count('takewhile', args, 2, 2)
    return _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(*args, **kwargs):
    """filterfalse(function or None, iterable): the items for which
    function(item) (or the item itself) is false."""
    _no_keywords('filterfalse', kwargs)
    _check_count('filterfalse', args, 2, 2)
    return _filterfalse(args[0], iter(args[1]))


def _filterfalse(predicate, it):
    for item in it:
        if not (item if predicate is None else predicate(item)):
            yield item


def starmap(*args, **kwargs):
    """starmap(function, iterable): function(*args) for each args."""
    _no_keywords('starmap', kwargs)
    _check_count('starmap', args, 2, 2)
    return _starmap(args[0], iter(args[1]))


def _starmap(function, it):
    for args in it:
        # CPython converts with tuple(): a non-iterable item's error is
        # "'int' object is not iterable", not the call's "after *" one.
        yield function(*(args if type(args) is tuple else tuple(args)))


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    _no_keywords('islice', kwargs)
    _check_count('islice', args, 2, 4)
    iterable = args[0]
    if len(args) == 2:
        start, stop, step = None, args[1], None
    else:
        start, stop = args[1], args[2]
        step = args[3] if len(args) == 4 else None
    if stop is not None:
        stop = _islice_index(stop, 'Stop argument for islice() must be None or an '
                                   'integer: 0 <= x <= sys.maxsize.')
    start = 0 if start is None else _islice_index(
        start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    step = 1 if step is None else _islice_index(
        step, 'Step for islice() must be a positive integer or None.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice_index(value, message):
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > 9223372036854775807:
        raise ValueError(message)
    return value


def _islice(it, start, stop, step):
    next_index = start
    position = 0
    for item in it:
        if stop is not None and position >= stop:
            return
        if position == next_index:
            yield item
            next_index += step
        position += 1
        if stop is not None and position >= stop:
            return


def pairwise(iterable, /):
    """pairwise(iterable): (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for previous in it:
        break
    else:
        return
    for item in it:
        yield previous, item
        previous = item


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(*iterables, fillvalue=None): like zip, padded to the
    longest input."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            for item in it:
                row.append(item)
                break
            else:
                active -= 1
                if active == 0:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


def groupby(iterable, key=None):
    """groupby(iterable, key=None): (key, group) for each run of items with
    the same key. A group is valid until the next one is taken."""
    return _groupby(iter(iterable), key)


class _GroupState:
    __slots__ = ('it', 'keyfunc', 'current_key', 'current_value', 'exhausted', 'generation')


def _groupby(it, keyfunc):
    state = _GroupState()
    state.it = it
    state.keyfunc = keyfunc
    state.exhausted = False
    state.generation = 0
    if not _group_advance(state):
        return
    while not state.exhausted:
        target = state.current_key
        state.generation += 1
        yield target, _grouper(state, target, state.generation)
        # Skip what the caller left of this group.
        while not state.exhausted and state.current_key == target:
            _group_advance(state)


def _group_advance(state):
    for value in state.it:
        state.current_value = value
        state.current_key = value if state.keyfunc is None else state.keyfunc(value)
        return True
    state.exhausted = True
    return False


def _grouper(state, target, generation):
    while state.generation == generation and not state.exhausted and \
            state.current_key == target:
        value = state.current_value
        _group_advance(state)
        yield value


def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffer = []       # items not yet taken by every copy
    taken = [0] * n   # how many items each copy has taken
    base = [0]        # the index of buffer[0] in the whole stream
    return tuple(_tee_copy(it, buffer, taken, base, i) for i in range(n))


def _tee_copy(it, buffer, taken, base, me):
    while True:
        position = taken[me] - base[0]
        if position < len(buffer):
            item = buffer[position]
        else:
            for item in it:
                buffer.append(item)
                break
            else:
                return
        taken[me] += 1
        # Drop what every copy has taken.
        low = min(taken)
        if low > base[0]:
            del buffer[:low - base[0]]
            base[0] = low
        yield item


# ---- Combinatorics -----------------------------------------------------------

def product(*iterables, repeat=1):
    """product(*iterables, repeat=1): the cartesian product, as tuples."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    indices = [0] * len(pools)
    if any(len(pool) == 0 for pool in pools):
        return
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, indices))
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        else:
            return


def _r_argument(r, default):
    if r is None:
        return default
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    """permutations(iterable, r=None): r-length orderings of the items."""
    pool = tuple(iterable)
    r = _r_argument(r, len(pool))
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    used = [False] * n
    chosen = []

    def extend():
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                chosen.append(i)
                yield from extend()
                chosen.pop()
                used[i] = False

    yield from extend()


def combinations(iterable, r):
    """combinations(iterable, r): r-length subsequences, in input order."""
    pool = tuple(iterable)
    r = _r_argument(r, None)
    return _combinations(pool, r, False)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(iterable, r): r-length subsequences
    that may repeat an item, in input order."""
    pool = tuple(iterable)
    r = _r_argument(r, None)
    return _combinations(pool, r, True)


def _combinations(pool, r, with_replacement):
    n = len(pool)
    if (r > n and not with_replacement) or (n == 0 and r > 0):
        return
    indices = [0] * r if with_replacement else list(range(r))
    while True:
        yield tuple(pool[i] for i in indices)
        # The rightmost index that can still move right.
        position = r - 1
        while position >= 0:
            limit = n - 1 if with_replacement else position + n - r
            if indices[position] < limit:
                break
            position -= 1
        else:
            return
        indices[position] += 1
        for j in range(position + 1, r):
            indices[j] = indices[position] if with_replacement else indices[j - 1] + 1


for _cls in (count, repeat, chain):
    _set_type_name(_cls, "itertools." + _cls.__name__)
del _cls, _set_type_name
