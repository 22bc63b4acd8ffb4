"""asyncio.tasks, as CPython's submodule: Task (shown as _asyncio.Task, the
name of CPython's C class) and what is built on futures: sleep, gather,
shield, wait, wait_for, as_completed, ensure_future.
"""

import functools as _functools
import reprlib as _reprlib

from asyncio.exceptions import CancelledError, InvalidStateError, TimeoutError
from asyncio.coroutines import _CoroutineType, _GeneratorType, iscoroutine
from asyncio.events import _get_event_loop, _refuse_context, get_running_loop
from asyncio.futures import Future, _get_loop, _set_result_unless_cancelled, isfuture

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
_NO_FLAG = object()

# Default task names are Task-1, Task-2, ... for the whole process.
_tasks_named = 0


def _default_task_name():
    global _tasks_named
    _tasks_named += 1
    return 'Task-' + str(_tasks_named)


def _clash_on_entry(task, running):
    return RuntimeError(f"Cannot enter into task {task!r} while another task "
                        f"{running!r} is being executed.")


def _clash_on_exit(task, running):
    return RuntimeError(f"Leaving task {task!r} does not match the current "
                        f"task {running!r}.")


def _describe_coro(coro, finished):
    # The coro=<...> part of a task's repr.
    name = (getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
            or f'<{type(coro).__name__} without __name__>')
    if isinstance(coro, (_CoroutineType, _GeneratorType)):
        # CPython goes on with " at FILE:LINE" (", defined at" once done):
        # moat shows no code locations.
        return f"{name}() {'done' if finished else 'running'}"
    # Other coroutine-likes have no code: CPython adds "running" only
    # when they say so.
    running = getattr(coro, 'cr_running', _NO_FLAG)
    if running is _NO_FLAG:
        running = getattr(coro, 'gi_running', False)
    return f'{name}() running' if running else f'{name}()'


def _failure_of(future):
    # The exception future.result() raises, or None.
    try:
        future.result()
    except BaseException as exc:
        return exc
    return None


def _set_from_outside(operation):
    # A task's outcome is its coroutine's: it cannot be set from outside.
    return RuntimeError(f'Task does not support {operation} operation')


class Task(Future):
    """A future that runs a coroutine: each step sends into it (or throws
    into it) until it returns, raises, or ends cancelled."""
    __module__ = '_asyncio'

    # Cleared for the tasks gather() and run_until_complete() make, whose
    # dropping while pending CPython would not report either.
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        _refuse_context(context)
        if not iscoroutine(coro):
            # What was made is no task: nothing to report when it goes.
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._coro = coro
        self._name = _default_task_name() if name is None else str(name)
        self._fut_waiter = None
        self._must_cancel = self._coro_done = False
        self._num_cancels_requested = 0
        # Through self, not a local: a returning frame's locals are looked
        # at for finalization (vm/finalize.h).
        self._loop._call_soon(self.__step, ())
        self._loop._tasks[self] = None

    # A task in its own result shows as "...". A subclass's _repr_info()
    # does not change the repr (CPython's C Task does not call it).
    @_reprlib.recursive_repr()
    def __repr__(self):
        return f"<{self.__class__.__name__} {' '.join(Task._repr_info(self))}>"

    def _repr_info(self):
        shown = Future._repr_info(self)
        if self.cancelling() and not self.done():
            # Asked to cancel, and not finished yet.
            shown[0] = 'cancelling'
        extra = [f'name={self.get_name()!r}',
                 f'coro=<{_describe_coro(self._coro, self._coro_done)}>']
        if self._fut_waiter is not None:
            extra.append(f'wait_for={self._fut_waiter!r}')
        shown[1:1] = extra
        return shown

    def set_result(self, result):
        raise _set_from_outside('set_result')

    def set_exception(self, exception):
        raise _set_from_outside('set_exception')

    def get_coro(self):
        return self._coro

    def set_name(self, value):
        self._name = str(value)

    def get_name(self):
        return self._name

    # Both would hand out frames.
    def print_stack(self, *, limit=None, file=None):
        raise AttributeError("'Task.print_stack' is not available in the sandbox")

    def get_stack(self, *, limit=None):
        raise AttributeError("'Task.get_stack' is not available in the sandbox")

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its
        coroutine at its next step. False if the task is already done."""
        self._Future__log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        # A future the task waits on takes the request itself (the waiter
        # is kept: a task there may swallow it and be cancelled again);
        # else the next step, already queued, delivers it.
        if waiter is None or not waiter.cancel(msg=msg):
            self._cancel_message = msg
            self._must_cancel = True
        return True

    def cancelling(self):
        """How many cancellation requests are pending."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return how many are left."""
        left = max(self._num_cancels_requested - 1, 0)
        self._num_cancels_requested = left
        return left

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        loop = self._loop
        # _enter_task() and _leave_task(), inline: with coroutines alive,
        # each call that drops a task costs moat a prompt collection
        # (vm/finalize.h).
        if loop._current_task is not None:
            raise _clash_on_entry(self, loop._current_task)
        loop._current_task = self
        try:
            coro = self._coro
            yielded = coro.send(None) if exc is None else coro.throw(exc)
        except BaseException as ended:
            self._coro_done = True
            loop._tasks.pop(self, None)
            if isinstance(ended, StopIteration):
                if self._must_cancel:
                    # cancel() came while the coroutine was returning.
                    self._must_cancel = False
                    Future.cancel(self, msg=self._cancel_message)
                else:
                    Future.set_result(self, ended.value)
            elif isinstance(ended, CancelledError):
                # Kept, so that awaiting the task raises this very error.
                self._cancelled_exc = ended
                Future.cancel(self)
            else:
                Future.set_exception(self, ended)
                if isinstance(ended, (KeyboardInterrupt, SystemExit)):
                    raise
        else:
            self.__suspend_on(yielded)
        finally:
            if loop._current_task is not self:
                raise _clash_on_exit(self, loop._current_task)
            loop._current_task = None
            # A traceback holding this frame must not keep the task.
            self = None

    def __suspend_on(self, yielded):
        # What the coroutine yielded: a future of this loop to wait for,
        # None (a bare yield: one pass of the loop), or a mistake, which is
        # thrown back into the coroutine on its next step.
        loop = self._loop
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if yielded is None:
                loop._call_soon(self.__step, ())
                return
            if isinstance(yielded, _GeneratorType):
                problem = ('yield was used instead of yield from for generator in task '
                           f'{self!r} with {yielded!r}')
            else:
                problem = f'Task got bad yield: {yielded!r}'
        elif _get_loop(yielded) is not loop:
            problem = f'Task {self!r} got Future {yielded!r} attached to a different loop'
        elif not blocking:
            problem = f'yield was used instead of yield from in task {self!r} with {yielded!r}'
        elif yielded is self:
            problem = f'Task cannot await on itself: {self!r}'
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.__wakeup)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        loop._call_soon(self.__step, (RuntimeError(problem),))

    def __wakeup(self, awaited):
        # The awaited future is done. Its exception (a CancelledError
        # included) is thrown into the coroutine, from outside any handler
        # so that it becomes no other exception's __context__; a result the
        # coroutine's await reads itself.
        self.__step(_failure_of(awaited))


# Future reprs name a task's wake-up callback as CPython's C Task's.
Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'


def _enter_task(loop, task):
    running = loop._current_task
    if running is not None:
        raise _clash_on_entry(task, running)
    loop._current_task = task


def _leave_task(loop, task):
    running = loop._current_task
    if running is not task:
        raise _clash_on_exit(task, running)
    loop._current_task = None


def _set_task_name(task, name):
    # Name a task made by a task factory, if its class can be named.
    if name is None:
        return
    setter = getattr(task, 'set_name', None)
    if setter is not None:
        setter(name)


def create_task(coro, *, name=None, context=None):
    """Wrap the coroutine in a task of the running loop; return it."""
    loop = get_running_loop()
    # context= is passed on only when given, for loops that do not take it.
    if context is not None:
        made = loop.create_task(coro, context=context)
    else:
        made = loop.create_task(coro)
    _set_task_name(made, name)
    return made


def current_task(loop=None):
    """The task the loop (by default the running one) is stepping, or None."""
    return (get_running_loop() if loop is None else loop)._current_task


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {task for task in loop._tasks if not task.done()}


class _Yield:
    # `await _Yield()` is a bare yield: the task gives up one loop pass
    # (CPython's types.coroutine __sleep0).
    __slots__ = ()

    def __await__(self):
        yield


def _is_awaitable(obj):
    return iscoroutine(obj) or callable(getattr(type(obj), '__await__', None))


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: a future itself, or a new task running
    the coroutine (or awaiting the awaitable)."""
    if isfuture(coro_or_future):
        if loop is None or loop is _get_loop(coro_or_future):
            return coro_or_future
        raise ValueError('The future belongs to a different loop than the one '
                         'specified as the loop argument')
    # The coroutine stays in the argument's name: a returning frame's
    # arguments are not looked at for finalization (vm/finalize.h), other
    # locals holding an unstarted coroutine cost a collection.
    handed_over = iscoroutine(coro_or_future)
    if not handed_over:
        if not _is_awaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        # A coroutine of the caller's that will never run is closed (the
        # wrapper made here is left alone).
        if handed_over:
            coro_or_future.close()
        raise


async def sleep(delay, result=None):
    """Return result after delay seconds (of the loop's clock)."""
    if delay <= 0:
        await _Yield()
        return result
    return await _sleep_on_timer(delay, result)


# The timed half of sleep(), apart so that sleep(0), the loop's busiest
# await, has no handler: a coroutine suspended where close() runs no code
# is not finalizable, and a finalizable one makes every drop of a task
# reaching it cost a collection (vm/finalize.h).
async def _sleep_on_timer(delay, result):
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    # gather()'s outer future. Cancelling it cancels the children; it
    # ends cancelled only once they are all done.
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._cancel_requested = False
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked, so no any() that would stop early.
        answers = [child.cancel(msg=msg) for child in self._children]
        took = any(answers)
        if took:
            # Whatever return_exceptions says, the outcome is cancelled.
            self._cancel_requested = True
        return took


def _gathered(child):
    # One entry of gather()'s result list under return_exceptions.
    if child.cancelled():
        note = child._cancel_message
        return CancelledError('' if note is None else note)
    error = child.exception()
    return child.result() if error is None else error


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the awaitables' results, as a list in argument order.
    The first failure ends it, unless return_exceptions is true, which
    puts exceptions in the list."""
    if not coros_or_futures:
        empty = _get_event_loop().create_future()
        empty.set_result([])
        return empty

    outer = loop = None
    finished = 0
    futures_by_arg = {}  # an awaitable passed twice is run once
    children = []

    def on_child_done(child):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            # No one reads this outcome through gather(): an error counts
            # as retrieved.
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            failure = (child._make_cancelled_error() if child.cancelled()
                       else child.exception())
            if failure is not None:
                outer.set_exception(failure)
                return
        if finished < len(futures_by_arg):
            return
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result([_gathered(each) for each in children])

    for arg in coros_or_futures:
        child = futures_by_arg.get(arg)
        if child is None:
            child = ensure_future(arg, loop=loop)
            loop = _get_loop(child) if loop is None else loop
            if child is not arg:
                # gather() made this task: it is gather()'s to account for.
                child._log_destroy_pending = False
            futures_by_arg[arg] = child
            child.add_done_callback(on_child_done)
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _pass_on(source, target):
    # End target the way the done future source ended.
    if source.cancelled():
        target.cancel()
        return
    error = source.exception()
    if error is None:
        target.set_result(source.result())
    else:
        target.set_exception(error)


def shield(arg):
    """A future following arg's; cancelling it leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _get_loop(inner).create_future()

    def relay(done_inner):
        if not outer.cancelled():
            _pass_on(done_inner, outer)
        elif not done_inner.cancelled():
            # Nobody awaits the outcome any more: mark an error retrieved.
            done_inner.exception()

    def detach(done_outer):
        if not inner.done():
            inner.remove_done_callback(relay)

    inner.add_done_callback(relay)
    outer.add_done_callback(detach)
    return outer


# Timer reprs show this name, as CPython's.
def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    # Cancel fut and return once it is done. The await is on a waiter of
    # our own: cancelling this coroutine then does not cancel fut again.
    waiter = loop.create_future()
    release = _functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


def _outcome_after_timeout(fut):
    # fut was cancelled for the timeout, but may have ended otherwise.
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError once timeout
    seconds have passed (None: no limit)."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if not fut.done():
            await _cancel_and_wait(fut, loop=loop)
            return _outcome_after_timeout(fut)
        return fut.result()

    waiter = loop.create_future()
    alarm = loop.call_later(timeout, _release_waiter, waiter)
    release = _functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    # In every way out but a result, fut is not left running.
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        return _outcome_after_timeout(fut)
    finally:
        alarm.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs as return_when says, or until timeout;
    return the sets (done, pending). A timeout raises nothing."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    # First-seen order, where CPython's set has hash order.
    watched = list(dict.fromkeys(fs))
    if any(map(iscoroutine, watched)):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    alarm = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = len(watched)

    def on_done(f):
        nonlocal left
        left -= 1
        if left > 0 and return_when != FIRST_COMPLETED:
            if return_when != FIRST_EXCEPTION or f.cancelled() or f.exception() is None:
                return
        if alarm is not None:
            alarm.cancel()
        if not waiter.done():
            waiter.set_result(None)

    for f in watched:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if alarm is not None:
            alarm.cancel()
        for f in watched:
            f.remove_done_callback(on_done)
    finished, pending = set(), set()
    for f in watched:
        (finished if f.done() else pending).add(f)
    return finished, pending


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines; awaited in turn, they give the
    awaitables' results in the order these complete. A generator, as
    CPython's: nothing is checked or scheduled before the first next()."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from asyncio.queues import Queue  # queues imports this module
    arrivals = Queue()
    loop = _get_event_loop()
    # Insertion order (CPython's set has hash order).
    outstanding = dict.fromkeys(ensure_future(f, loop=loop) for f in dict.fromkeys(fs))
    alarm = None

    def expire():
        # One None per future still out: each makes a wait raise.
        for f in outstanding:
            f.remove_done_callback(arrive)
            arrivals.put_nowait(None)
        outstanding.clear()

    def arrive(f):
        if f not in outstanding:
            return  # expire() came first
        del outstanding[f]
        arrivals.put_nowait(f)
        if alarm is not None and not outstanding:
            alarm.cancel()

    async def _wait_for_one():
        first = await arrivals.get()
        if first is not None:
            return first.result()  # or raises its exception
        raise TimeoutError

    for f in outstanding:
        f.add_done_callback(arrive)
    if timeout is not None and outstanding:
        alarm = loop.call_later(timeout, expire)
    for _ in range(len(outstanding)):
        yield _wait_for_one()
