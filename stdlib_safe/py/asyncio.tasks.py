"""asyncio.tasks, as CPython's submodule: Task (named _asyncio.Task as
CPython's C class) and the coroutines over futures: sleep, gather, shield,
wait, wait_for, as_completed, ensure_future.
"""

import functools as _functools

from asyncio.exceptions import CancelledError, InvalidStateError, TimeoutError
from asyncio.coroutines import _GeneratorType, iscoroutine
from asyncio.events import _get_event_loop, _refuse_context, get_running_loop
from asyncio.futures import Future, _get_loop, _set_result_unless_cancelled, isfuture


_task_name_counter = 0


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return f'Task-{_task_name_counter}'


class Task(Future):
    """A coroutine wrapped in a Future, stepped by the event loop."""
    __module__ = '_asyncio'

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        _refuse_context(context)
        if not iscoroutine(coro):
            # This half-made task is not reported as destroyed pending.
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._coro_done = False
        self._loop._call_soon(self.__step, ())
        self._loop._tasks[self] = None

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            # A cancellation not delivered yet.
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        state = 'done' if self._coro_done else 'running'
        name = getattr(self._coro, '__qualname__', None) or type(self._coro).__name__
        info.insert(2, f'coro=<{name}() {state}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        raise AttributeError("'Task.get_stack' is not available in the sandbox")

    def print_stack(self, *, limit=None, file=None):
        raise AttributeError("'Task.print_stack' is not available in the sandbox")

    def cancel(self, msg=None):
        """Request that this task cancel itself: CancelledError is thrown
        into the coroutine at its next step."""
        self._Future__log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The awaited future takes the cancellation; _fut_waiter is
                # kept, since a task there may swallow it and be cancelled
                # again.
                return True
        # The next step, already scheduled, delivers it.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """The number of pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the count of cancellation requests and return it."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        self._coro_done = True
        self._loop._tasks.pop(self, None)

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        # _enter_task and _leave_task, inline: with coroutines alive, each
        # call that drops a task costs moat a prompt collection
        # (vm/finalize.h).
        if loop._current_task is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another "
                               f"task {loop._current_task!r} is being executed.")
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                # Cancelled while finishing: the task ends cancelled.
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            self.__wait_on(result)
        finally:
            if loop._current_task is not self:
                raise RuntimeError(f"Leaving task {self!r} does not match "
                                   f"the current task {loop._current_task!r}.")
            loop._current_task = None
            self = None  # Needed to break cycles when an exception occurs.

    def __wait_on(self, result):
        # What the coroutine yielded: a future to wait for, None (a bare
        # yield: one pass of the loop), or something wrong.
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if _get_loop(result) is not loop:
                new_exc = RuntimeError(f'Task {self!r} got Future {result!r} attached '
                                       f'to a different loop')
                loop._call_soon(self.__step, (new_exc,))
            elif blocking:
                if result is self:
                    new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                    loop._call_soon(self.__step, (new_exc,))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError(f'yield was used instead of yield from in task '
                                       f'{self!r} with {result!r}')
                loop._call_soon(self.__step, (new_exc,))
        elif result is None:
            # A bare yield: step again on the loop's next pass.
            loop._call_soon(self.__step, ())
        elif isinstance(result, _GeneratorType):
            new_exc = RuntimeError(f'yield was used instead of yield from for generator '
                                   f'in task {self!r} with {result!r}')
            loop._call_soon(self.__step, (new_exc,))
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
            loop._call_soon(self.__step, (new_exc,))

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # The future's exception (a CancelledError included) goes
            # into the coroutine.
            self.__step(exc)
        else:
            self.__step()
        self = None  # Needed to break cycles when an exception occurs.


# Future reprs name a task's wake-up callback as CPython's C Task's.
Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'


def _enter_task(loop, task):
    current = loop._current_task
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    loop._current_task = task


def _leave_task(loop, task):
    current = loop._current_task
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    loop._current_task = None


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a task of the
    running loop and return the Task."""
    loop = get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def current_task(loop=None):
    """Return the currently running task in an event loop or None."""
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """Return a set of all tasks of the loop that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


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
    """Wrap a coroutine or an awaitable in a future; a future is returned
    as it is."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _is_awaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
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
    # gather()'s outer future: cancelling it cancels the children, and it
    # is marked cancelled only once they are done.
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The outer future ends cancelled once the children are done,
            # whatever return_exceptions says.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating the results of the given awaitables, in
    their order; the first exception is passed on unless
    return_exceptions is true."""
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = {'finished': 0, 'outer': None}
    children = []
    by_arg = {}
    loop = None

    def on_child_done(fut):
        state['finished'] += 1
        outer = state['outer']
        if outer is None or outer.done():
            if not fut.cancelled():
                # The outer future is settled: retrieve the child's error.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                # A cancelled child is an error for gather: the outer
                # future gets its CancelledError.
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(by_arg):
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in by_arg:
            fut = by_arg[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            by_arg[arg] = fut
            fut.add_done_callback(on_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state['outer'] = outer
    return outer


def shield(arg):
    """Wait for a future, shielding it from cancellation: cancelling the
    awaiting task leaves the inner one running."""
    inner = ensure_future(arg)
    if inner.done():
        # Nothing to shield.
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Nobody awaits the outer future: retrieve inner's error.
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it is done.
    waiter = loop.create_future()
    cb = _functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # A separate waiter, so cancelling this coroutine does not cancel
        # fut a second time.
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for the single awaitable to complete, with timeout: on timeout
    it is cancelled and TimeoutError raised."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            # The awaited task must not be running after wait_for returns.
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        # The task may have completed while being cancelled.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete; return (done, pending) sets.
    A timeout does not raise: the futures not done are in pending."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_completion(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines; awaiting them gives the results
    of the given awaitables in the order they complete. A generator, as
    CPython's: nothing is checked or scheduled before the first next()."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from asyncio.queues import Queue  # queues imports tasks
    done = Queue()
    loop = _get_event_loop()
    todo = {}
    for f in dict.fromkeys(fs):
        todo[ensure_future(f, loop=loop)] = None
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)  # A dummy value for wait_for_one().
        todo.clear()

    def on_completion(f):
        if not todo:
            return  # on_timeout() was here first.
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # on_timeout()'s marker.
            raise TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
