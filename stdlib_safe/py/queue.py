"""Queues, as CPython 3.11's queue: Queue (FIFO), LifoQueue, PriorityQueue,
SimpleQueue and the Empty and Full exceptions.

A script in moat has one thread, so nothing can ever fill an empty queue or
drain a full one while a call waits. Where CPython would wait:
- with a timeout, the wait ends the way it would end after the timeout,
  at once: get() raises Empty, put() raises Full;
- without a timeout (block forever: get() on an empty queue, put() on a
  full one, join() with unfinished tasks), CPython would hang for ever;
  moat raises RuntimeError saying so instead.
There are no locks or condition variables (mutex, not_empty, not_full and
all_tasks_done do not exist).
"""

from collections import deque
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


# CPython defines Empty in its C module _queue.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _would_block_forever(what, why,
                         hint="use a timeout, block=False or the *_nowait method"):
    raise RuntimeError(
        "%s would block forever: %s, and moat runs no other thread that could "
        "change that (%s)" % (what, why, hint))


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Raises a ValueError if called more times than there were items
        placed in the queue.
        '''
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Return once every item put in the queue has been processed (one
        task_done() call per item). With unfinished tasks this would wait
        for ever, so it raises RuntimeError instead.
        '''
        if self.unfinished_tasks:
            _would_block_forever(
                "join()", "%d task(s) are unfinished" % self.unfinished_tasks,
                "call task_done() once for each item taken first")

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        On a full queue: with block false, or with a timeout, raise Full;
        blocking without a timeout would wait for ever, so it raises
        RuntimeError.
        '''
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                if self._qsize() >= self.maxsize:
                    _would_block_forever("put()", "the queue is full")
            else:
                _check_timeout(timeout)
                if self._qsize() >= self.maxsize:
                    raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        On an empty queue: with block false, or with a timeout, raise Empty;
        blocking without a timeout would wait for ever, so it raises
        RuntimeError.
        '''
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            if not self._qsize():
                _would_block_forever("get()", "the queue is empty")
        else:
            _check_timeout(timeout)
            if not self._qsize():
                raise Empty
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking; raise Full if no
        free slot is available.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking; raise
        Empty if none is available.'''
        return self.get(block=False)

    # The storage, which subclasses replace.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    '''A queue that retrieves its lowest entries first (a heap).

    Entries are typically tuples of the form: (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A queue that retrieves its most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue, without task tracking.'''

    # The C type's layout: no instance __dict__ (_set_type_name hides the name).
    __slots__ = ('_queue',)

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue; never blocks (block and timeout are
        accepted for compatibility with Queue).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue; on an empty queue,
        raise Empty when block is false or a timeout is given, and
        RuntimeError when blocking for ever.'''
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is None:
                _would_block_forever("get()", "the queue is empty")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item without blocking; raise Empty if none
        is available.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)


SimpleQueue.__module__ = '_queue'
# A C type in CPython, immutable once the module is imported; _set_type_name
# is added by the module's native init.
_set_type_name(SimpleQueue, '_queue.SimpleQueue')
del _set_type_name
