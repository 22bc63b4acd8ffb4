"""asyncio.base_events for moat: BaseEventLoop, the event loop, running on
moat's virtual clock (see the package's docstring).

The loop has a FIFO queue of ready handles (_ready) and a heap of timer
handles (_scheduled, ordered by time, then by scheduling order). One pass
(_run_once) drops cancelled timers from the heap top, advances the virtual
clock to the next timer when nothing is ready, moves the due timers to the
ready queue, and runs the handles that were ready when the pass began.
tasks.py relies on _call_soon(), _tasks (pending tasks in creation order)
and _current_task; TimerHandle.cancel() on _timer_handle_cancelled().
"""

import collections as _collections
import heapq as _heapq
import math as _math
import sys as _sys
import time as _time

from asyncio.coroutines import iscoroutine, iscoroutinefunction
from asyncio.events import (AbstractEventLoop, Handle, TimerHandle, _get_running_loop,
    _refuse_context, _set_running_loop)
from asyncio.futures import Future, _get_loop, isfuture
from asyncio.tasks import Task, _set_task_name, ensure_future

_new_object = object.__new__


# CPython's loop methods that reach threads, processes, the network or
# signals: BaseEventLoop.__getattr__ refuses them by name. (The module's
# own such names are withheld by its native init: stdlib_safe/asyncio_module.cc.)
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

# The timer heap is rebuilt without its cancelled handles once it holds
# more than this many, over half of them cancelled (CPython's thresholds).
_HEAP_REBUILD_SIZE = 100
_HEAP_REBUILD_SHARE = 0.5

# The longest single wait for a timer (CPython's select() cap), in seconds.
_LONGEST_WAIT = 24 * 3600

_FATAL = (SystemExit, KeyboardInterrupt)


def _refuse_coroutine_callback(callback, method):
    # The debug mode's check of what call_soon() and friends are given.
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


# The done callback run_until_complete() adds (future reprs show its name):
# it stops the loop once the future is done, unless the future ended with
# SystemExit or KeyboardInterrupt, which has stopped run_forever() already.
def _run_until_complete_cb(fut):
    if fut.cancelled() or not isinstance(fut.exception(), _FATAL):
        _get_loop(fut).stop()


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _collections.deque()
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._tasks = {}
        self._current_task = None
        self._current_handle = None
        self._task_factory = None
        self._exception_handler = None
        self._default_executor = None
        self._running = self._stopping = self._closed = False
        self._debug = False
        self._clock_resolution = 1e-09
        self.slow_callback_duration = 0.1

    def __getattr__(self, name):
        if name in _REFUSED_LOOP_METHODS:
            raise AttributeError(f"'loop.{name}' is not available in the sandbox")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __repr__(self):
        flags = (f'running={self.is_running()}', f'closed={self.is_closed()}',
                 f'debug={self.get_debug()}')
        return f"<{self.__class__.__name__} {' '.join(flags)}>"

    # -- state

    def is_running(self):
        """Whether run_forever() (or run_until_complete()) is running."""
        return self._running

    def is_closed(self):
        """Whether close() was called."""
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        """The loop's clock: time.monotonic(), moat's virtual clock."""
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    # -- futures and tasks

    def create_future(self):
        """A new Future bound to this loop."""
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap the coroutine in a Task (made by the task factory, if one
        is set) scheduled on this loop; return it."""
        _refuse_context(context)
        self._check_closed()
        factory = self._task_factory
        if factory is None:
            return Task(coro, loop=self, name=name)
        task = factory(self, coro)
        _set_task_name(task, name)
        return task

    def get_task_factory(self):
        return self._task_factory

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    # -- callbacks

    # The loop fills a new handle's slots itself: Handle.__init__ also asks
    # the loop for get_debug(), a call that would cost every callback.
    def _call_soon(self, callback, args):
        # tasks.py's and Future's fast path: no checks, no context.
        handle = _new_object(Handle)
        handle._callback, handle._args = callback, args
        handle._loop, handle._context = self, None
        handle._repr = None
        handle._cancelled = False
        self._ready.append(handle)
        return handle

    def _queue_checked(self, method, callback, args, context):
        self._check_closed()
        _refuse_context(context)
        if self._debug:
            _refuse_coroutine_callback(callback, method)
        handle = _new_object(Handle)
        handle._callback, handle._args = callback, args
        handle._loop, handle._context = self, context
        handle._repr = None
        handle._cancelled = False
        self._ready.append(handle)
        return handle

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the loop's next pass, after the
        callbacks already queued."""
        return self._queue_checked('call_soon', callback, args, context)

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() for other threads: moat has a single thread, so it is
        call_soon() (under its own name in debug-mode errors)."""
        return self._queue_checked('call_soon_threadsafe', callback, args, context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) `delay` seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when loop.time() reaches `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        _refuse_context(context)
        if self._debug:
            _refuse_coroutine_callback(callback, 'call_at')
        timer = _new_object(TimerHandle)  # filled here, as in _call_soon
        timer._callback, timer._args = callback, args
        timer._loop, timer._context = self, context
        timer._repr = None
        timer._cancelled = False
        timer._when = when
        # Ties in `when` go by scheduling order (TimerHandle compares _seq).
        self._timer_seq += 1
        timer._seq = self._timer_seq
        timer._scheduled = True
        _heapq.heappush(self._scheduled, timer)
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- running

    def run_forever(self):
        """Run passes of the loop until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        _set_running_loop(self)
        try:
            # At least one pass, even when stop() came first.
            self._run_once()
            while not self._stopping:
                self._run_once()
        finally:
            self._running = self._stopping = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the future (or the task made from a coroutine or
        awaitable) is done; return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        made_here = not isfuture(future)
        future = ensure_future(future, loop=self)
        if made_here:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            # Only this method could retrieve the failure of a task it
            # made: mark it retrieved before passing the error on.
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop once the current pass of the loop is over."""
        self._stopping = True

    def close(self):
        """Close the loop, dropping whatever is still queued."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if not self._closed:
            self._closed = True
            self._ready.clear()
            self._scheduled.clear()
            self._default_executor = None

    async def shutdown_asyncgens(self):
        """Does nothing: moat keeps no registry of async generators."""

    async def shutdown_default_executor(self):
        """Does nothing: moat has no executor threads."""

    def _run_once(self):
        heap = self._scheduled
        # Cancelled timers leave the heap: all at once when they are most
        # of a big heap, else as they come to its top.
        size = len(heap)
        if (size > _HEAP_REBUILD_SIZE and
                self._timer_cancelled_count / size > _HEAP_REBUILD_SHARE):
            live = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            _heapq.heapify(live)
            self._scheduled = heap = live
            self._timer_cancelled_count = 0
        else:
            while heap and heap[0]._cancelled:
                _heapq.heappop(heap)._scheduled = False
                self._timer_cancelled_count -= 1

        ready = self._ready
        if not ready and not self._stopping:
            if not heap:
                # CPython would block in select() for ever here.
                raise RuntimeError('Event loop is blocked for ever: no callback '
                                   'is ready and no timer is scheduled')
            # Advance the virtual clock to the first timer (no real wait),
            # rounded up to whole milliseconds as CPython's epoll wait is:
            # timers due within that rounding run on the same pass, as two
            # sleep(0.1) started one after the other do under CPython.
            gap = heap[0]._when - self.time()
            if gap > 0:
                _time.sleep(_math.ceil(min(gap, _LONGEST_WAIT) * 1e3) * 1e-3)

        horizon = self.time() + self._clock_resolution
        while heap and not heap[0]._when >= horizon:
            timer = _heapq.heappop(heap)
            timer._scheduled = False
            ready.append(timer)

        # Handle._run, inline: with coroutines alive, every call that drops
        # a handle or a task costs moat a prompt collection of the heap
        # (vm/finalize.h), so the hot path makes as few calls as it can.
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._callback(*handle._args)
            except _FATAL:
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
        if handler is None or callable(handler):
            self._exception_handler = handler
        else:
            raise TypeError(f'A callable object or None is expected, got {handler!r}')

    def default_exception_handler(self, context):
        """Write the context to stderr: its message, its other keys
        sorted, and the traceback of its exception (CPython sends the same
        to the 'asyncio' logger)."""
        text = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception', 'source_traceback'):
                text.append(f'{key}: {context[key]!r}')
        stream = _sys.stderr
        stream.write('\n'.join(text) + '\n')
        error = context.get('exception')
        if error is not None:
            import traceback as _traceback
            _traceback.print_exception(type(error), error, error.__traceback__, file=stream)

    def _default_handler_failed(self, context, note):
        # The default handler itself failing is only noted on stderr.
        try:
            self.default_exception_handler(context)
        except _FATAL:
            raise
        except BaseException:
            _sys.stderr.write(note + '\n')

    def call_exception_handler(self, context):
        """Pass the context to the handler set with
        set_exception_handler(), or to default_exception_handler()."""
        handler = self._exception_handler
        if handler is None:
            self._default_handler_failed(context, 'Exception in default exception handler')
            return
        try:
            handler(self, context)
        except _FATAL:
            raise
        except BaseException as exc:
            self._default_handler_failed(
                {'message': 'Unhandled error in exception handler',
                 'exception': exc, 'context': context},
                'Exception in default exception handler while handling an unexpected '
                'error in custom exception handler')
