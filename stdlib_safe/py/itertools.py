"""Iterator building blocks, as CPython's itertools.

CPython's itertools are C types. Here each one is a native shell of
CPython's name (itertools_module.cc: `islice`, `groupby`, ... and the
builtin function `tee` are already in this module's namespace when this
file runs) around Python code written below: calling the type checks the
arguments with CPython's signature and texts, then calls `_new_<name>`
with the same arguments, which does the checks CPython makes when the
object is made (taking the iterators, the pools of the combinatoric ones),
and returns `(iterator, state)`. The shell keeps both. The "iterator" is
either a generator, which next() resumes (repeat and the combinatoric
ones, which run no code of the script's), or a function `_<name>_next`
that next() calls with the state (every iterator that calls the script's
code: its input's __next__ or a callback, which may call next() on the
same iterator again, as CPython's C code allows). `state` is also what the
shell's other methods need (count's and repeat's reprs, a tee's position,
groupby's current group), or None. `_wrap(type, iterator, state)` makes a
shell for the objects this module hands out itself (_grouper, _tee) and
`_state(obj)` reads it back. Either kind gives `_exhausted` where its
CPython iterator would report the end without ending for good. The
combinatoric generators step with the native `_next_permutation` and
`_next_combination`, one call per item.

This file runs in a namespace of its own: the module a script imports
shows only CPython's names (the types, tee and __doc__), copied there by
the native init, so none of the helpers below is within a script's reach.
"""

from operator import index as _index

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_missing = object()
# Yielded by the generators whose CPython iterator asks its input again on
# each next() after the input ran out; the native next slot ends the
# iteration there (itertools_module.cc).
_exhausted = object()


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


def _ssize(value):
    # A Py_ssize_t argument ('n' in CPython's argument parsing).
    value = _index(value)
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _eq(a, b):
    # PyObject_RichCompareBool: identity first.
    return a is b or bool(a == b)


# ---- Infinite iterators --------------------------------------------------------

class _CountState:
    # `fast`: CPython counts in a C integer (step 1 from an int), which its
    # reduction shows as count(value) until the value leaves that range.
    __slots__ = ('value', 'step', 'fast')


def _is_number(value):
    # PyNumber_Check: an int, float or index conversion, or a complex.
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__int__') or hasattr(cls, '__float__')
            or isinstance(value, complex))


def _new_count(start=0, step=1):
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    state = _CountState()
    state.fast = (isinstance(start, int) and isinstance(step, int) and step == 1
                  and -9223372036854775808 <= start < 9223372036854775807)
    if state.fast:
        # CPython's fast mode counts in a C integer: count(True) gives 1, 2...
        start, step = int(start), 1
    state.value = start
    state.step = step
    return _count_next, state


def _count_next(state):
    # count_next: the sum is stored before the value is handed out; a
    # failing sum leaves the count where it was.
    value = state.value
    state.value = value + state.step
    return value


def _repr_count(obj):
    state = _state(obj)
    step = state.step
    if isinstance(step, int) and step == 1:
        return f"{type(obj).__name__}({state.value!r})"
    return f"{type(obj).__name__}({state.value!r}, {step!r})"


def _reduce_count(obj):
    state = _state(obj)
    if state.fast and state.value < 9223372036854775807:
        return type(obj), (state.value,)
    return type(obj), (state.value, state.step)


class _CycleState:
    __slots__ = ('it', 'saved', 'index')


def _new_cycle(iterable):
    state = _CycleState()
    state.it = iter(iterable)
    state.saved = []
    state.index = 0
    return _cycle_next, state


def _cycle_next(state):
    # cycle_next: the first pass saves each item it hands out, then the
    # saved items go round.
    if state.it is not None:
        item = next(state.it, _missing)
        if item is not _missing:
            state.saved.append(item)
            return item
        state.it = None
    saved = state.saved
    if not saved:
        return _exhausted
    item = saved[state.index]
    state.index += 1
    if state.index >= len(saved):
        state.index = 0
    return item


class _RepeatState:
    __slots__ = ('object', 'count')


def _new_repeat(object, times=_missing):
    state = _RepeatState()
    state.object = object
    # -1 repeats forever; a negative times is 0.
    state.count = -1 if times is _missing else max(_ssize(times), 0)
    return _repeat(state), state


def _repeat(state):
    value = state.object
    if state.count == -1:
        while True:
            yield value
    while state.count > 0:
        state.count -= 1
        yield value


def _repr_repeat(obj):
    state = _state(obj)
    if state.count == -1:
        return f"{type(obj).__name__}({state.object!r})"
    return f"{type(obj).__name__}({state.object!r}, {state.count})"


def _reduce_repeat(obj):
    state = _state(obj)
    if state.count == -1:
        return type(obj), (state.object,)
    return type(obj), (state.object, state.count)


def _length_hint_repeat(obj):
    state = _state(obj)
    if state.count == -1:
        raise TypeError("len() of unsized object")
    return state.count


# ---- Iterators over the shortest input -------------------------------------
#
# These, like groupby's and tee's below, are functions called with a state
# object on each next() (`_<name>_next`), as CPython's C iterators: an input
# or a callback that calls next() on the same iterator again (re-entry)
# finds it as CPython's would, where a generator would say it is already
# executing, and an exception from the input or the callback leaves the
# iterator usable. Each reads its input with next(it, _missing), as the C
# code calls the iterator's tp_iternext, and reports an exhausted input
# with `_exhausted` (asked again on the next call) unless CPython's stops
# for good.

class _AccumulateState:
    __slots__ = ('it', 'func', 'total', 'initial')


def _new_accumulate(iterable, func=None, *, initial=None):
    state = _AccumulateState()
    state.it = iter(iterable)
    state.func = func
    state.total = _missing
    # initial=None means "no initial value"; a None item is a real total.
    state.initial = _missing if initial is None else initial
    return _accumulate_next, state


def _accumulate_next(state):
    if state.initial is not _missing:
        state.total = state.initial
        state.initial = _missing
        return state.total
    item = next(state.it, _missing)
    if item is _missing:
        return _exhausted
    if state.total is _missing:
        state.total = item
        return item
    if state.func is None:
        total = state.total + item
    else:
        total = state.func(state.total, item)
    state.total = total
    return total


class _ChainState:
    __slots__ = ('source', 'active')


def _new_chain(*iterables):
    return _chain_state(iter(iterables))


def _chain_from_iterable(iterable):
    return _chain_state(iter(iterable))


def _chain_state(source):
    state = _ChainState()
    state.source = source
    state.active = None
    return _chain_next, state


def _chain_next(state):
    # chain_next: an input that cannot be iterated, or a source that ends
    # or fails, ends the chain for good.
    while state.source is not None:
        if state.active is None:
            try:
                iterable = next(state.source, _missing)
                if iterable is _missing:
                    state.source = None
                    return _exhausted
                state.active = iter(iterable)
            except BaseException:
                state.source = None
                raise
        item = next(state.active, _missing)
        if item is not _missing:
            return item
        state.active = None
    return _exhausted


class _PairState:
    # An iterator and one more value: compress's selectors, dropwhile's and
    # takewhile's predicates (with `flag`: started, stopped), filterfalse's
    # and starmap's functions.
    __slots__ = ('it', 'other', 'flag')


def _pair_state(function, it, other):
    state = _PairState()
    state.it = it
    state.other = other
    state.flag = False
    return function, state


def _new_compress(data, selectors):
    return _pair_state(_compress_next, iter(data), iter(selectors))


def _compress_next(state):
    while True:
        item = next(state.it, _missing)
        if item is _missing:
            return _exhausted
        keep = next(state.other, _missing)
        if keep is _missing:
            return _exhausted
        if keep:
            return item


def _new_dropwhile(predicate, iterable):
    return _pair_state(_dropwhile_next, iter(iterable), predicate)


def _dropwhile_next(state):
    while True:
        item = next(state.it, _missing)
        if item is _missing:
            return _exhausted
        if state.flag:
            return item
        if not state.other(item):
            state.flag = True
            return item


def _new_takewhile(predicate, iterable):
    return _pair_state(_takewhile_next, iter(iterable), predicate)


def _takewhile_next(state):
    if state.flag:
        return _exhausted
    item = next(state.it, _missing)
    if item is _missing:
        return _exhausted
    if state.other(item):
        return item
    state.flag = True
    return _exhausted


def _new_filterfalse(function, iterable):
    # CPython tests the items themselves for None and for bool.
    return _pair_state(_filterfalse_next, iter(iterable),
                       None if function is bool else function)


def _filterfalse_next(state):
    predicate = state.other
    while True:
        item = next(state.it, _missing)
        if item is _missing:
            return _exhausted
        if not (item if predicate is None else predicate(item)):
            return item


def _new_starmap(function, iterable):
    return _pair_state(_starmap_next, iter(iterable), function)


def _starmap_next(state):
    args = next(state.it, _missing)
    if args is _missing:
        return _exhausted
    # CPython converts with tuple(): a non-iterable item's error is
    # "'int' object is not iterable", not the call's "after *" one.
    return state.other(*(args if type(args) is tuple else tuple(args)))


def _new_islice(*args):
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
    state = _IsliceState()
    state.it = iter(iterable)
    state.next = start
    state.stop = stop
    state.step = step
    state.taken = 0
    return _islice_next, state


def _islice_index(value, message):
    try:
        value = _index(value)
    except BaseException:
        # CPython's islice clears whatever the conversion raised (a raising
        # __index__ included) and reports its own ValueError, raised outside
        # the handler so that it has no __context__ either.
        value = None
    if value is None or value < 0 or value > 9223372036854775807:
        raise ValueError(message)
    return value


class _IsliceState:
    __slots__ = ('it', 'next', 'stop', 'step', 'taken')


def _islice_next(state):
    # islice_next: `taken` items have been read from `it`; the next one to
    # hand out is number `next` (never past stop). The end of the input,
    # an error from it, or the stop ends the islice for good.
    it = state.it
    if it is None:
        return _exhausted
    stop = state.stop
    try:
        while state.taken < state.next:
            if next(it, _missing) is _missing:
                state.it = None
                return _exhausted
            state.taken += 1
        if stop is not None and state.taken >= stop:
            state.it = None
            return _exhausted
        item = next(it, _missing)
    except BaseException:
        state.it = None
        raise
    if item is _missing:
        state.it = None
        return _exhausted
    state.taken += 1
    state.next += state.step
    if stop is not None and state.next > stop:
        state.next = stop
    return item


class _PairwiseState:
    __slots__ = ('it', 'old')


def _new_pairwise(iterable):
    state = _PairwiseState()
    state.it = iter(iterable)
    state.old = _missing
    return _pairwise_next, state


def _pairwise_next(state):
    # pairwise_next: the pair's first item is taken before the second is
    # read, so a re-entered read does not change it; the end of the input
    # or an error from it ends the pairwise for good.
    it = state.it
    if it is None:
        return _exhausted
    try:
        old = state.old
        if old is _missing:
            old = state.old = next(it, _missing)
            if old is _missing:
                state.it = None
                return _exhausted
            if state.it is None:
                state.old = _missing
                return _exhausted
        new = next(it, _missing)
    except BaseException:
        state.it = None
        state.old = _missing
        raise
    if new is _missing:
        state.it = None
        state.old = _missing
        return _exhausted
    state.old = new
    return old, new


class _ZipLongestState:
    __slots__ = ('iterators', 'active', 'fillvalue')


def _new_zip_longest(*iterables, **kwargs):
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        fillvalue = kwargs['fillvalue']
    state = _ZipLongestState()
    state.iterators = [iter(it) for it in iterables]
    state.active = len(state.iterators)
    state.fillvalue = fillvalue
    return _zip_longest_next, state


def _zip_longest_next(state):
    # zip_longest_next: an input that ends is replaced by the fill value
    # until the last one ends; an error from an input ends it for good.
    iterators = state.iterators
    if state.active == 0:
        return _exhausted
    row = []
    for i in range(len(iterators)):
        it = iterators[i]
        if it is None:
            row.append(state.fillvalue)
            continue
        try:
            item = next(it, _missing)
        except BaseException:
            state.active = 0
            raise
        if item is _missing:
            state.active -= 1
            if state.active <= 0:
                state.active = 0
                return _exhausted
            iterators[i] = None
            item = state.fillvalue
        row.append(item)
    return tuple(row)


# ---- groupby -----------------------------------------------------------------
# CPython's groupbyobject: the current value and key, the key of the group
# being handed out, and which _grouper is current (an older one stops).

class _GroupState:
    __slots__ = ('it', 'keyfunc', 'target', 'key', 'value', 'generation')


def _new_groupby(iterable, key=None):
    state = _GroupState()
    state.it = iter(iterable)
    state.keyfunc = key
    state.target = state.key = state.value = _missing
    state.generation = 0
    return _groupby_next, state


def _group_step(state):
    for value in state.it:
        break
    else:
        return False
    key = value if state.keyfunc is None else state.keyfunc(value)
    state.value = value
    state.key = key
    return True


# groupby's and _grouper's "iterators" are functions called with their state
# on each next(), as CPython's groupby_next and _grouper_next: a key function
# or a loop over a group that calls next() on the groupby again (re-entry)
# finds it in the state CPython's would be in, where a generator would say
# it is already executing.

def _groupby_next(state):
    state.generation += 1  # the current _grouper stops
    # Skip what is left of the current group.
    while True:
        if state.key is _missing:
            pass
        elif state.target is _missing or not _eq(state.target, state.key):
            break
        if not _group_step(state):
            return _exhausted
    state.target = state.key
    state.generation += 1
    cursor = _GrouperCursor(state, state.key, state.generation)
    return state.key, _wrap(_grouper, _grouper_next, cursor)


class _GrouperCursor:
    __slots__ = ('state', 'target', 'generation')

    def __init__(self, state, target, generation):
        self.state = state
        self.target = target
        self.generation = generation


def _grouper_next(cursor):
    state = cursor.state
    if state.generation != cursor.generation:
        return _exhausted
    if state.value is _missing and not _group_step(state):
        return _exhausted
    if not _eq(cursor.target, state.key):
        return _exhausted
    value = state.value
    state.value = state.key = _missing
    return value


def _new__grouper(parent, tgtkey):
    if not isinstance(parent, groupby):
        raise TypeError("_grouper() argument 1 must be itertools.groupby, not "
                        f"{type(parent).__name__}")
    state = _state(parent)
    state.generation += 1
    return _grouper_next, _GrouperCursor(state, tgtkey, state.generation)


# ---- tee ---------------------------------------------------------------------
# As CPython's teedataobject: the items are kept in blocks of 57 linked
# forward; each _tee holds a cursor (block, index), so a block is dropped
# once no tee can reach it.

_TEE_BLOCK = 57


class _TeeBlock:
    # `running` while a tee fetches the next item into this block: another
    # tee reaching the same fetch from inside it raises, as CPython's.
    __slots__ = ('items', 'next', 'running')

    def __init__(self):
        self.items = []
        self.next = None
        self.running = False


class _TeeCursor:
    __slots__ = ('it', 'block', 'index')


def _tee_next(cursor):
    # A _tee's next(): a function, not a generator, so that an exception
    # from the input (or a re-entered fetch) leaves the tee usable, as
    # CPython's tee_next does; the native next slot calls it each time.
    block = cursor.block
    index = cursor.index
    if index == _TEE_BLOCK:
        if block.next is None:
            block.next = _TeeBlock()
        block = cursor.block = block.next
        index = cursor.index = 0
    items = block.items
    if index < len(items):
        item = items[index]
    else:
        if block.running:
            raise RuntimeError("cannot re-enter the tee iterator")
        block.running = True
        try:
            for item in cursor.it:
                break
            else:
                return _exhausted
        finally:
            block.running = False
        items.append(item)
    cursor.index = index + 1
    return item


def _tee_from_iterator(it):
    if type(it) is _tee:
        return _copy_tee(_state(it))
    cursor = _TeeCursor()
    cursor.it = it
    cursor.block = _TeeBlock()
    cursor.index = 0
    return _tee_next, cursor


def _copy_tee(cursor):
    copy = _TeeCursor()
    copy.it = cursor.it
    copy.block = cursor.block
    copy.index = cursor.index
    return _tee_next, copy


def _new__tee(iterable):
    return _tee_from_iterator(iter(iterable))


def _make_tees(iterable, n=2):
    # tee(iterable, n=2, /), whose arguments the native tee has counted.
    n = _ssize(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        first = _wrap(_tee, *_tee_from_iterator(it))
        copy = first.__copy__
    else:
        first = it
    return (first,) + tuple(copy() for _ in range(n - 1))


# ---- Combinatorics -----------------------------------------------------------

def _new_product(*iterables, **kwargs):
    repeat = 1
    if kwargs:
        if len(kwargs) > 1:
            raise TypeError(f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
        for name in kwargs:
            if name != 'repeat':
                raise TypeError(f"'{name}' is an invalid keyword argument for product()")
        repeat = _ssize(kwargs['repeat'])
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools), None


def _product(pools):
    for pool in pools:
        if not pool:
            return
    count = len(pools)
    indices = [0] * count
    result = [pool[0] for pool in pools]
    if count == 0:
        yield ()
        return
    last = count - 1
    last_pool = pools[last]
    while True:
        # The last pool varies fastest.
        for item in last_pool:
            result[last] = item
            yield tuple(result)
        position = last - 1
        while position >= 0:
            pool = pools[position]
            i = indices[position] + 1
            if i < len(pool):
                indices[position] = i
                result[position] = pool[i]
                break
            indices[position] = 0
            result[position] = pool[0]
            position -= 1
        else:
            return


def _new_permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
    return _permutations(pool, r), None


def _new_combinations(iterable, r):
    r = _ssize(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r, False), None


def _new_combinations_with_replacement(iterable, r):
    r = _ssize(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r, True), None


def _permutations(pool, r):
    # The r-prefixes of the arrangements of the pool in lexicographic order
    # of their indices; each step is the native _next_permutation.
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    values = list(pool)
    item = tuple(values[:r])
    while item is not None:
        yield item
        item = _next_permutation(indices, values, r)


def _combinations(pool, r, with_replacement):
    # Sorted index tuples in lexicographic order; each step is the native
    # _next_combination.
    n = len(pool)
    if (r > n and not with_replacement) or (n == 0 and r > 0):
        return
    indices = [0] * r if with_replacement else list(range(r))
    item = tuple(pool[i] for i in indices)
    while item is not None:
        yield item
        item = _next_combination(indices, pool, with_replacement)
