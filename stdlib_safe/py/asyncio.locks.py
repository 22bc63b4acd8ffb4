"""asyncio.locks for moat: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier, the synchronisation primitives of tasks.

Every primitive that can make a task wait keeps a FIFO line of futures in
_waiters (the name CPython's tests read): a waiting task parks on a new
future at the back of the line, and whoever frees the resource resolves
the oldest future still pending. The future leaves the line when its task
runs again, however the wait ended (woken or cancelled). A primitive is
bound to the first loop it has to wait in (_LoopBoundMixin).
"""

import collections as _collections

from asyncio.exceptions import BrokenBarrierError, CancelledError
from asyncio.mixins import _LoopBoundMixin


def _repr_with_state(obj, state, waiters=None):
    # object.__repr__ (an id where CPython shows the address) with the
    # state, and the length of the line when someone waits, in brackets.
    cls = type(obj)
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x} [{state}]>'


async def _wait_in(line, ticket):
    # Park on `ticket` at the back of `line` until it is resolved or the
    # wait is cancelled; either way the ticket leaves the line.
    line.append(ticket)
    try:
        await ticket
    finally:
        line.remove(ticket)


def _first_pending(line):
    return next((fut for fut in line if not fut.done()), None)


class _ContextManagerMixin:
    # `async with primitive:` acquires and releases; the `as` target gets
    # None, as in CPython.
    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def __aenter__(self):
        await self.acquire()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutual-exclusion lock for tasks. acquire() waits while another
    task holds it; waiters get it in the order they came."""

    def __init__(self):
        self._locked = False
        self._waiters = _collections.deque()

    def __repr__(self):
        return _repr_with_state(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        """Whether some task holds the lock."""
        return self._locked

    def release(self):
        """Give the lock up and let the longest waiting task have it."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    async def acquire(self):
        """Take the lock, waiting for it if need be; return True."""
        # Busy means held, or somebody still queued for it (a line of
        # cancelled futures does not count).
        if self._locked or any(not w.cancelled() for w in self._waiters):
            await self._queue_for_lock()
        self._locked = True
        return True

    async def _queue_for_lock(self):
        try:
            await _wait_in(self._waiters, self._get_loop().create_future())
        except CancelledError:
            # If this waiter had been handed the free lock, the next one
            # gets it instead.
            if not self._locked:
                self._wake_up_first()
            raise

    def _wake_up_first(self):
        # Only the head of the line is woken; it takes the lock itself
        # when it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(_LoopBoundMixin):
    """A flag: wait() returns once it is set; set() wakes every waiter."""

    def __init__(self):
        self._value = False
        self._waiters = _collections.deque()

    def __repr__(self):
        return _repr_with_state(self, 'set' if self._value else 'unset', self._waiters)

    async def wait(self):
        """Return True once the flag is set (at once if it is)."""
        if not self._value:
            await _wait_in(self._waiters, self._get_loop().create_future())
        return True

    def clear(self):
        """Unset the flag: later wait() calls block again."""
        self._value = False

    def set(self):
        """Set the flag; every task waiting for it is woken."""
        if self._value:
            return
        self._value = True
        for fut in list(self._waiters):
            if fut.done():
                continue
            fut.set_result(True)

    def is_set(self):
        """Whether the flag is set."""
        return self._value


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable: tasks holding its lock (a new Lock unless one
    is given) wait() until another task holding it calls notify()."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # Holding the condition is holding the lock, through its methods.
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self.locked = self._lock.locked
        self._waiters = _collections.deque()

    def __repr__(self):
        return _repr_with_state(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    def notify_all(self):
        """Wake every waiting task (the lock must be held)."""
        self.notify(len(self._waiters))

    def notify(self, n=1):
        """Wake up to n waiting tasks (the lock must be held)."""
        self._check_held('notify')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if fut.done():
                continue
            fut.set_result(False)
            woken += 1

    async def wait(self):
        """Release the lock, sleep until notified, and hold the lock again
        before returning True (or raising, if cancelled)."""
        self._check_held('wait')
        self.release()
        try:
            await _wait_in(self._waiters, self._get_loop().create_future())
        finally:
            await self._take_back()
        return True

    def _check_held(self, verb):
        if not self.locked():
            raise RuntimeError(f'cannot {verb} on un-acquired lock')

    async def _take_back(self):
        # The lock is held again however wait() ends. Cancellations that
        # arrive while taking it are held back, then raised as one.
        hit = held = False
        while not held:
            try:
                await self.acquire()
                held = True
            except CancelledError:
                hit = True
        if hit:
            raise CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() returns something true; return that."""
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free units: acquire() takes one, waiting while none is
    free (or others are already waiting); release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _collections.deque()

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _repr_with_state(self, state, self._waiters)

    def locked(self):
        """Whether acquire() would have to wait."""
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters)

    def release(self):
        """Give a unit back, waking the longest waiting task."""
        self._give_back()

    def _wake_up_next(self):
        # The unit is taken on the woken task's behalf, here.
        fut = _first_pending(self._waiters)
        if fut is not None:
            self._value -= 1
            fut.set_result(True)

    def _give_back(self):
        self._value += 1
        self._wake_up_next()

    async def acquire(self):
        """Take a unit, waiting for one if need be; return True."""
        if self.locked():
            await self._queue_for_unit()
            # Units released meanwhile go on down the line.
            if self._value > 0:
                self._wake_up_next()
        else:
            self._value -= 1
        return True

    async def _queue_for_unit(self):
        ticket = self._get_loop().create_future()
        try:
            await _wait_in(self._waiters, ticket)
        except CancelledError:
            if not ticket.cancelled():
                # Cancelled after release() had handed it a unit: the unit
                # goes back, and on to the next waiter.
                self._give_back()
            raise


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._bound_value = value

    def release(self):
        """As Semaphore.release(), but ValueError past the initial value."""
        if self._value < self._bound_value:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


# Barrier states, shown in its repr.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(_LoopBoundMixin):
    """Makes `parties` tasks meet: each wait() blocks until that many have
    called it, then all go on, and the barrier can be used again."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._count = 0
        self._state = _FILLING
        self._cond = Condition()

    def __repr__(self):
        if self.broken:
            return _repr_with_state(self, self._state)
        return _repr_with_state(self, f'{self._state}, waiters:{self.n_waiting}/{self.parties}')

    @property
    def parties(self):
        """How many tasks must call wait() to pass."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait in the current round."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """Whether abort() was called."""
        return self._state == _BROKEN

    def _not_busy(self):
        return self._state != _DRAINING and self._state != _RESETTING

    def _not_filling(self):
        return self._state != _FILLING

    async def wait(self):
        """Wait for the whole party; return this task's arrival index
        (0 for the first one). BrokenBarrierError if the barrier is or
        gets aborted or reset meanwhile."""
        async with self._cond:
            # Tasks of a new round wait until the last one has left.
            await self._cond.wait_for(self._not_busy)
            if self._state == _BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            arrival = self._count
            try:
                self._count = arrival + 1
                if self._count == self._parties:
                    # The last one in lets the others go.
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(self._not_filling)
                    if self._state == _BROKEN or self._state == _RESETTING:
                        raise BrokenBarrierError("Abort or reset of barrier")
                return arrival
            finally:
                self._count -= 1
                self._left()

    def _left(self):
        # The last task out of a drained or reset round opens the next.
        if self._count != 0:
            return
        if self._state == _DRAINING or self._state == _RESETTING:
            self._state = _FILLING
        self._cond.notify_all()

    async def reset(self):
        """Empty the barrier: tasks waiting in it get BrokenBarrierError."""
        async with self._cond:
            self._state = _RESETTING if self._count > 0 else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier for good: wait() raises BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    async def __aexit__(self, *args):
        return None

    async def __aenter__(self):
        return await self.wait()
