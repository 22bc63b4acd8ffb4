"""asyncio.runners for moat: asyncio.run() and the Runner it is built on.

A Runner owns one event loop, made on first use (and made the current
loop, unless a loop_factory made it). Closing the runner cancels the tasks
still pending, in the order they were created (CPython walks a set), waits
for them, reports those that failed otherwise, and closes the loop. moat
has no signals, so there is no Ctrl-C handling; and no contextvars, so a
context= other than None is refused by the loop.
"""

from asyncio.coroutines import iscoroutine
from asyncio.events import _get_running_loop, new_event_loop, set_event_loop
from asyncio.tasks import all_tasks, gather

# Runner states.
_FRESH, _READY, _DONE = 'created', 'initialized', 'closed'


def _leftover_tasks(loop):
    # all_tasks(loop), in creation order.
    pending = all_tasks(loop)
    if not pending:
        return []
    return [task for task in loop._tasks if task in pending]


def _finish_leftovers(loop):
    leftovers = _leftover_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    # A task that ignored its cancellation and failed has its error
    # reported; one that was cancelled or returned is fine.
    failed = [t for t in leftovers if not t.cancelled() and t.exception() is not None]
    for task in failed:
        loop.call_exception_handler(dict(
            message='unhandled exception during asyncio.run() shutdown',
            exception=task.exception(), task=task))


class Runner:
    """Runs coroutines, one run() call after another, in a loop of its own
    that close() (or leaving the `with` block) shuts down."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._loop_factory = loop_factory
        self._debug = debug
        self._state = _FRESH
        self._owns_current_loop = False

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def __enter__(self):
        self._ensure_loop()
        return self

    def _ensure_loop(self):
        if self._state == _READY:
            return
        if self._state == _DONE:
            raise RuntimeError("Runner is closed")
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = new_event_loop()
            if not self._owns_current_loop:
                set_event_loop(self._loop)
                self._owns_current_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _READY

    def get_loop(self):
        """The runner's event loop (made now if it does not exist yet)."""
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro to completion in the runner's loop; return its result."""
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._ensure_loop()
        main_task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(main_task)

    def close(self):
        """Cancel what is left, shut the loop down and close it. Closing a
        runner that never made its loop, or a closed one, does nothing."""
        if self._state != _READY:
            return
        loop = self._loop
        try:
            _finish_leftovers(loop)
            for finalizer in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(finalizer())
        finally:
            if self._owns_current_loop:
                set_event_loop(None)
            loop.close()
            self._state = _DONE
            self._loop = None


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop and return its result;
    the loop is closed at the end, after cancelling the tasks left over."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)
