"""asyncio.queues for moat: Queue, PriorityQueue, LifoQueue and their two
exceptions, QueueEmpty and QueueFull.

A blocked put() or get() parks a future in a line (_putters or _getters,
names CPython's tests read) and is woken through it, oldest first; a
waiter cancelled after being woken passes its wake-up on. The storage is
whatever _init() makes, used only through _put(), _get() and len(): the
hooks subclasses override, as PriorityQueue and LifoQueue do here.
"""

import collections as _collections
import heapq as _heapq

from asyncio.locks import Event
from asyncio.mixins import _LoopBoundMixin


class QueueEmpty(Exception):
    """get_nowait() found no item."""


class QueueFull(Exception):
    """put_nowait() found no free slot."""


def _wake_first(line):
    # Drop parked futures that are already done (cancelled) until one is
    # still waiting, and wake that one.
    while line:
        fut = line.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(_LoopBoundMixin):
    """First in, first out. A maxsize of 0 or less means no bound; join()
    waits until task_done() has been called once per item put."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._unfinished_tasks = 0
        self._getters = _collections.deque()
        self._putters = _collections.deque()
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    __class_getitem__ = classmethod(type(list[int]))

    # The storage hooks.
    def _init(self, maxsize):
        self._queue = _collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _format(self):
        pieces = [f'maxsize={self._maxsize!r}']
        stored = getattr(self, '_queue', None)
        if stored:
            pieces.append(f'_queue={list(stored)!r}')
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                pieces.append(f'{label}[{len(line)}]')
        if self._unfinished_tasks:
            pieces.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(pieces)

    def _show(self, where):
        return f'<{type(self).__name__}{where} {self._format()}>'

    def __repr__(self):
        return self._show(f' at {id(self):#x}')

    def __str__(self):
        return self._show('')

    @property
    def maxsize(self):
        """The bound given to the constructor."""
        return self._maxsize

    def qsize(self):
        """How many items are stored now."""
        return len(self._queue)

    def empty(self):
        """Whether no item is stored."""
        return not self._queue

    def full(self):
        """Whether a put() would have to wait (never for an unbounded queue)."""
        return not self._maxsize <= 0 and self.qsize() >= self._maxsize

    async def _park_while(self, line, blocked):
        # Wait in `line` as long as blocked() holds. On any exception out
        # of the wait (a cancellation), leave the line; if a wake-up was
        # already given to this waiter and the way is clear, give it on.
        while blocked():
            ticket = self._get_loop().create_future()
            line.append(ticket)
            try:
                await ticket
            except BaseException:
                ticket.cancel()
                if ticket in line:
                    line.remove(ticket)
                if not blocked() and not ticket.cancelled():
                    _wake_first(line)
                raise

    async def put(self, item):
        """Store item, first waiting for a free slot if the queue is full."""
        await self._park_while(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Store item at once, or raise QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._finished.clear()
        self._unfinished_tasks += 1
        _wake_first(self._getters)

    async def get(self):
        """Take an item out, first waiting for one if the queue is empty."""
        await self._park_while(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Take an item out at once, or raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        """Count one taken item as processed; join() returns when none
        is left unprocessed."""
        left = self._unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks = left
        if not left:
            self._finished.set()

    async def join(self):
        """Wait until every item put so far has been processed."""
        if self._unfinished_tasks:
            await self._finished.wait()


class LifoQueue(Queue):
    """Hands out the newest item first, as a stack."""

    def _get(self):
        return self._queue.pop()

    def _put(self, item):
        self._queue.append(item)

    def _init(self, maxsize):
        self._queue = []


class PriorityQueue(Queue):
    """Hands out the smallest item first (a heap, as heapq orders it)."""

    def _get(self):
        return _heapq.heappop(self._queue)

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _init(self, maxsize):
        self._queue = []
