"""asyncio.base_events, as CPython's submodule: BaseEventLoop, the event
loop itself, on moat's virtual clock (see the package's docstring).
"""

import collections as _collections
import heapq as _heapq
import sys as _sys
import time as _time

from asyncio.coroutines import iscoroutine, iscoroutinefunction
from asyncio.events import (AbstractEventLoop, Handle, TimerHandle, _get_running_loop,
    _refuse_context, _set_running_loop)
from asyncio.futures import Future, _get_loop, isfuture
from asyncio.tasks import Task, _set_task_name, ensure_future


# The loop methods CPython's loop has that reach threads, processes, the
# network or signals: BaseEventLoop.__getattr__ refuses them by name. (The
# module's own such names are withheld by its native init:
# stdlib_safe/asyncio_module.cc.)
_REFUSED_LOOP_METHODS = frozenset((
    'run_in_executor', 'set_default_executor',
    'getaddrinfo', 'getnameinfo', 'create_connection', 'create_server',
    'create_unix_connection', 'create_unix_server', 'create_datagram_endpoint',
    'connect_accepted_socket', 'connect_read_pipe', 'connect_write_pipe',
    'subprocess_exec', 'subprocess_shell', 'add_reader', 'remove_reader',
    'add_writer', 'remove_writer', 'sock_recv', 'sock_recv_into',
    'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall', 'sock_sendto',
    'sock_connect', 'sock_accept', 'sock_sendfile', 'sendfile', 'start_tls',
    'add_signal_handler', 'remove_signal_handler',
))


_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _check_callback(callback, method):
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() has ended on the exception already.
            return
    _get_loop(fut).stop()


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = _collections.deque()
        self._scheduled = []
        self._timer_seq = 0
        self._default_executor = None
        self._running = False
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._tasks = {}            # pending tasks of this loop, in creation order
        self._current_task = None

    def __getattr__(self, name):
        if name in _REFUSED_LOOP_METHODS:
            raise AttributeError(f"'loop.{name}' is not available in the sandbox")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks

    def create_future(self):
        """Create a Future object attached to the loop."""
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object and return a Task."""
        _refuse_context(context)
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name)
        else:
            task = self._task_factory(self, coro)
            _set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the Future is done and return its result (or raise its
        exception)."""
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The task made here failed with a BaseException: mark it
                # retrieved, since only this method could retrieve it.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop running the loop after the current pass."""
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._default_executor = None

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        """The loop's clock: time.monotonic() (moat's virtual clock)."""
        return _time.monotonic()

    async def shutdown_asyncgens(self):
        """Nothing to finalize: moat does not track async generators."""

    async def shutdown_default_executor(self):
        """Nothing to shut down: moat has no executor threads."""

    # -- scheduling callbacks

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible (FIFO)."""
        self._check_closed()
        _refuse_context(context)
        if self._debug:
            _check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() for other threads: moat has one thread, so this is
        call_soon() (with its own name in the debug mode's checks)."""
        self._check_closed()
        _refuse_context(context)
        if self._debug:
            _check_callback(callback, 'call_soon_threadsafe')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _call_soon(self, callback, args):
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called after `delay` seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time (loop.time())."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        _refuse_context(context)
        if self._debug:
            _check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        timer._seq = self._timer_seq
        _heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        # One pass: drop cancelled timers, sleep (on the virtual clock) to
        # the next timer when nothing is ready, move the due timers to the
        # ready queue, then run exactly the handles ready at this point.
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heapq.heappop(scheduled)
                handle._scheduled = False

        if not self._ready and not self._stopping:
            if scheduled:
                wait = scheduled[0]._when - self.time()
                if wait > 0:
                    _time.sleep(min(wait, _MAXIMUM_SELECT_TIMEOUT))
            else:
                # Nothing ready, nothing scheduled: under CPython the loop
                # would block in select() for ever.
                raise RuntimeError('Event loop is blocked for ever: no callback '
                                   'is ready and no timer is scheduled')

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            # Handle._run, inline: with coroutines alive, each call that
            # drops a handle or a task costs moat a prompt collection of the
            # heap (vm/finalize.h), so the loop's hot path makes few calls.
            try:
                handle._callback(*handle._args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                handle._report(exc)
            finally:
                self._current_handle = None
        handle = None

    # -- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context's message, its other keys and the exception's
        traceback to stderr (CPython logs them to the 'asyncio' logger)."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key == 'source_traceback':
                continue
            lines.append(f'{key}: {value!r}')
        text = '\n'.join(lines)
        stream = _sys.stderr
        stream.write(text + '\n')
        if exception is not None:
            import traceback as _traceback
            _traceback.print_exception(type(exception), exception, exception.__traceback__,
                                       file=stream)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    _sys.stderr.write('Exception in default exception handler\n')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)
