"""asyncio.timeouts, as CPython's submodule: timeout, timeout_at, Timeout.
"""

import enum as _enum

from asyncio.exceptions import CancelledError, TimeoutError
from asyncio.events import get_running_loop
from asyncio.tasks import current_task


class _TimeoutState(_enum.Enum):
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """An async context manager that cancels the task running its block at
    a deadline and turns that cancellation into TimeoutError."""
    def __init__(self, when):
        self._state = _TimeoutState.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        assert self._state is not _TimeoutState.CREATED
        if self._state is not _TimeoutState.ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Is timeout expired during execution?"""
        return self._state in (_TimeoutState.EXPIRING, _TimeoutState.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _TimeoutState.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state.value}]{' '.join(info)}>"

    async def __aenter__(self):
        self._state = _TimeoutState.ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_TimeoutState.ENTERED, _TimeoutState.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _TimeoutState.EXPIRING:
            self._state = _TimeoutState.EXPIRED
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                # The cancellation was this timeout's own and nothing
                # else asked for one: it becomes TimeoutError.
                raise TimeoutError
        elif self._state is _TimeoutState.ENTERED:
            self._state = _TimeoutState.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _TimeoutState.ENTERED
        self._task.cancel()
        self._state = _TimeoutState.EXPIRING
        # The handle has run.
        self._timeout_handler = None


def timeout(delay):
    """Timeout async context manager: `delay` seconds from now, or None for
    no timeout."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Timeout async context manager at an absolute loop.time() deadline."""
    return Timeout(when)
