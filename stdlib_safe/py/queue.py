"""FIFO, LIFO, priority and simple queues, with the Empty and Full errors.

moat's own implementation of CPython 3.11's queue module. A moat script has
a single thread, so while a call waits nothing could ever put into an empty
queue or take from a full one. A call that would wait therefore ends at
once: with a timeout it fails as the timeout would make it fail (get()
raises Empty, put() raises Full); with no timeout (get() on an empty queue,
put() on a full one, join() with unfinished tasks), where CPython would hang
for ever, it raises RuntimeError saying so. There are no locks or condition
variables (no mutex, not_empty, not_full or all_tasks_done attributes).
"""

from collections import deque
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    'Raised by a get() that finds the queue empty and may not wait.'


# CPython defines Empty in its C module _queue.
Empty.__module__ = '_queue'


class Full(Exception):
    'Raised by a put() that finds the queue full and may not wait.'


def _would_block_forever(what, why,
                         hint="use a timeout, block=False or the *_nowait method"):
    raise RuntimeError(
        "%s would block forever: %s, and moat runs no other thread that could "
        "change that (%s)" % (what, why, hint))


def _settle(blocked, block, timeout, failure, what, why):
    # Decides a call that must not wait. A negative timeout is refused first
    # (only when blocking with a timeout); then, if blocked() says the call
    # would have to wait, it fails with `failure` or, blocking without a
    # timeout, with the RuntimeError that stands for waiting for ever.
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if not blocked():
        return
    if block and timeout is None:
        _would_block_forever(what, why)
    if block and timeout > 0 and not blocked():
        # CPython waits out the timeout and looks again before giving up
        # (no other thread ran here, but a _qsize override may answer anew).
        return
    raise failure


class Queue:
    """A first-in first-out queue holding at most `maxsize` items (no bound
    when maxsize <= 0); subclasses change the order through _init, _qsize,
    _put and _get."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize, self.unfinished_tasks = maxsize, 0
        self._init(maxsize)  # the storage

    # -- the storage, which subclasses replace: a deque used first in,
    # first out.

    def _get(self):
        return self.queue.popleft()

    def _init(self, maxsize):
        self.queue = deque()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

    def task_done(self):
        """Mark one item taken from the queue as processed; ValueError if
        more are marked than were put."""
        remaining = self.unfinished_tasks - 1
        if remaining < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = remaining

    def join(self):
        """Return when every item put has been marked with task_done();
        with tasks left this would wait for ever, so it raises RuntimeError."""
        left = self.unfinished_tasks
        if left:
            _would_block_forever(
                "join()", "%d task(s) are unfinished" % left,
                "call task_done() once for each item taken first")

    def qsize(self):
        """The number of items in the queue."""
        count = self._qsize()
        return count

    def empty(self):
        """Whether the queue holds no item."""
        return not self._qsize()

    def full(self):
        """Whether the queue is bounded and holds maxsize items or more."""
        bound = self.maxsize
        return 0 < bound <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add `item`. On a full queue: Full when not blocking or with a
        timeout, RuntimeError when blocking for ever."""
        if self.maxsize > 0:
            _settle(lambda: self._qsize() >= self.maxsize, block, timeout,
                    Full, "put()", "the queue is full")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return the next item. On an empty queue: Empty when not
        blocking or with a timeout, RuntimeError when blocking for ever."""
        _settle(lambda: not self._qsize(), block, timeout,
                Empty, "get()", "the queue is empty")
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(block=False)

class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (kept as a heap), so
    items are often (priority, data) tuples."""

    def _get(self):
        return heappop(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _init(self, maxsize):
        self.queue = []


class LifoQueue(Queue):
    """A queue that hands out the item put last first (a stack)."""

    def _get(self):
        return self.queue.pop()

    def _init(self, maxsize):
        self.queue = []


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""

    # The C type's layout: no instance __dict__ (_set_type_name hides the name).
    __slots__ = ('_items',)

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self):
        self._items = deque()

    def put(self, item, block=True, timeout=None):
        """Add `item`; never waits (block and timeout exist for Queue's sake)."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return the next item; as Queue.get on an empty queue."""
        _settle(lambda: not self._items, block, timeout,
                Empty, "get()", "the queue is empty")
        return self._items.popleft()

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(False)"""
        return self.get(False)

    def empty(self):
        """Whether the queue holds no item."""
        return not self._items

    def qsize(self):
        """The number of items in the queue."""
        return len(self._items)


SimpleQueue.__module__ = '_queue'
# A C type in CPython, immutable once the module is imported; _set_type_name
# is added by the module's native init.
_set_type_name(SimpleQueue, '_queue.SimpleQueue')
del _set_type_name
