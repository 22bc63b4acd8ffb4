"""asyncio.timeouts for moat: timeout(), timeout_at() and the Timeout
context manager they return.

A Timeout arms a timer on the loop when its block is entered. If the
timer fires first it cancels the task running the block (active ->
expiring); when the block then ends with that cancellation, and no other
cancellation of the task is pending, __aexit__ turns it into TimeoutError
(-> expired). A block that ends in time just disarms the timer
(-> finished). The state names are what the repr shows.
"""

from asyncio.exceptions import CancelledError
from asyncio.events import get_running_loop
from asyncio.tasks import current_task

_CREATED, _ACTIVE, _EXPIRING = 'created', 'active', 'expiring'
_EXPIRED, _FINISHED = 'expired', 'finished'


class Timeout:
    """An async context manager that cancels its block at a deadline on
    loop.time()'s clock (None: no deadline) and raises TimeoutError for
    it. Build it with timeout() or timeout_at()."""

    # typing.final marks the class so in CPython.
    __final__ = True

    def __init__(self, when):
        self._when = when
        self._task = None
        self._alarm = None
        self._state = _CREATED

    def __repr__(self):
        if self._state != _ACTIVE:
            return f"<Timeout [{self._state}]>"
        deadline = None if self._when is None else round(self._when, 3)
        return f"<Timeout [{self._state}] when={deadline}>"

    def when(self):
        """The deadline, or None."""
        return self._when

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state == _EXPIRING or self._state == _EXPIRED

    def _disarm(self):
        alarm, self._alarm = self._alarm, None
        if alarm is not None:
            alarm.cancel()

    def reschedule(self, when):
        """Move the deadline of an active timeout (None: no deadline)."""
        assert self._state != _CREATED
        if self._state != _ACTIVE:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        self._disarm()
        if when is None:
            return
        loop = get_running_loop()
        # A deadline already past fires on the loop's next pass.
        if when <= loop.time():
            self._alarm = loop.call_soon(self._on_timeout)
        else:
            self._alarm = loop.call_at(when, self._on_timeout)

    def _on_timeout(self):
        assert self._state == _ACTIVE
        self._task.cancel()
        self._state = _EXPIRING
        # This handle has run: nothing is left to cancel.
        self._alarm = None

    async def __aenter__(self):
        self._state = _ACTIVE
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ACTIVE, _EXPIRING)
        self._disarm()
        if self._state == _ACTIVE:
            self._state = _FINISHED
            return None
        self._state = _EXPIRED
        # Only this timeout's own cancellation becomes TimeoutError; one
        # asked for from outside as well goes on as CancelledError.
        if self._task.uncancel() == 0 and exc_type is CancelledError:
            raise TimeoutError
        return None


def timeout_at(when):
    """A Timeout for the absolute deadline `when` (loop.time()'s clock),
    or None for none."""
    return Timeout(when)


def timeout(delay):
    """A Timeout `delay` seconds from now, or None for no deadline."""
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)
