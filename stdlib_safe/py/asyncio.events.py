"""asyncio.events, as CPython's submodule: which loop is running, the event
loop policy, the handles of queued callbacks, and AbstractEventLoop.
"""

import functools as _functools
import reprlib as _reprlib


def _refuse_context(context):
    # contextvars does not exist in moat, so a task runs in no context.
    if context is not None:
        raise NotImplementedError("context= (contextvars) is not available in the sandbox")


def _abstract():
    # The body of every method an abstract class leaves to its subclasses.
    raise NotImplementedError


# -- the running loop and the policy (one thread: plain globals)

_running_loop = None
_event_loop_policy = None


def _get_running_loop():
    """The running event loop, or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_event_loop(stacklevel=3):
    running = _running_loop
    return get_event_loop_policy().get_event_loop() if running is None else running


def get_event_loop():
    """The running loop, or else the policy's current loop (made on the
    first call when none was ever set)."""
    return _get_event_loop()


def set_event_loop(loop):
    """Make loop the policy's current loop."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy (not made current)."""
    return get_event_loop_policy().new_event_loop()


class AbstractEventLoopPolicy:
    """What a policy provides: the current loop and new loops."""

    def get_event_loop(self):
        _abstract()

    def set_event_loop(self, loop):
        _abstract()

    def new_event_loop(self):
        _abstract()

    def get_child_watcher(self):
        _abstract()

    def set_child_watcher(self, watcher):
        _abstract()


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, made on demand the first time
    get_event_loop() is called before any set_event_loop()."""

    def __init__(self):
        self._set_called = False
        self._loop = None

    def get_event_loop(self):
        if not self._set_called and self._loop is None:
            self.set_event_loop(self.new_event_loop())
        current = self._loop
        if current is None:
            # set_event_loop(None) was called: no loop is made again.
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return current

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is None or isinstance(loop, AbstractEventLoop):
            self._loop = loop
            return
        raise TypeError("loop must be an instance of AbstractEventLoop or None, "
                        f"not '{type(loop).__name__}'")

    # The class of the loops new_event_loop() makes; a concrete policy
    # (asyncio.unix_events') names it, so this base alone makes none.
    _loop_factory = None

    def new_event_loop(self):
        return self._loop_factory()


def get_event_loop_policy():
    """The policy in use, the default one made on the first call."""
    global _event_loop_policy
    policy = _event_loop_policy
    if policy is None:
        from asyncio.unix_events import DefaultEventLoopPolicy
        policy = _event_loop_policy = DefaultEventLoopPolicy()
    return policy


def set_event_loop_policy(policy):
    """Use this policy from now on; None goes back to a default one."""
    global _event_loop_policy
    if policy is None or isinstance(policy, AbstractEventLoopPolicy):
        _event_loop_policy = policy
        return
    raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, "
                    f"not '{type(policy).__name__}'")


# -- how reprs and error messages show a callback

def _shown_args(args, kwargs):
    parts = [_reprlib.repr(value) for value in args or ()]
    if kwargs:
        parts += [f'{key}={_reprlib.repr(value)}' for key, value in kwargs.items()]
    return '(' + ', '.join(parts) + ')'


def _callable_text(func, args, kwargs=None):
    # "name(args)". A partial shows the function it wraps with the
    # partial's own arguments, then those of the call in parentheses of
    # their own. CPython appends " at FILE:LINE" for Python functions:
    # moat shows no code locations.
    tail = ''
    while isinstance(func, _functools.partial):
        tail = _shown_args(args, kwargs) + tail
        func, args, kwargs = func.func, func.args, func.keywords
    name = (getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
            or repr(func))
    return name + _shown_args(args, kwargs) + tail


def _callback_name(callback):
    # A done callback in a future's repr, less the "()" futures.py adds.
    return _callable_text(callback, ())[:-2]


class Handle:
    """A callback queued on a loop, as call_soon() returns it."""
    # The loop fills these slots itself instead of calling __init__ (see
    # BaseEventLoop._call_soon): a slot added here must be added there.
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback, self._args = callback, args
        self._loop, self._context = loop, context
        self._repr = None
        self._cancelled = False
        # CPython asks the loop for its debug flag here (to record where the
        # handle was made), so a handle without a loop fails at once.
        loop.get_debug()

    def _repr_info(self):
        words = [self.__class__.__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(_callable_text(self._callback, self._args))
        return words

    def __repr__(self):
        kept = self._repr
        return f"<{' '.join(self._repr_info())}>" if kept is None else kept

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # Debug mode keeps the repr from before the callback is dropped.
            self._repr = repr(self)
        self._callback = self._args = None

    def _run(self):
        # The loop runs ready handles with this code inlined (base_events).
        try:
            self._callback(*self._args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._report(exc)

    def _report(self, exc):
        # A callback's exception goes to the loop's exception handler.
        text = _callable_text(self._callback, self._args)
        self._loop.call_exception_handler(
            dict(message=f'Exception in callback {text}', exception=exc, handle=self))


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock, as call_later() and
    call_at() return it."""
    __slots__ = ['_scheduled', '_when', '_seq']

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._scheduled = False
        self._seq = 0  # set by the loop: the order of scheduling
        self._when = when

    def _repr_info(self):
        words = Handle._repr_info(self)
        # After the class name, and after 'cancelled' when there is one.
        words.insert(2 if self._cancelled else 1, f'when={self._when}')
        return words

    def when(self):
        """The loop time the callback is due at."""
        return self._when

    def cancel(self):
        if not self._cancelled:
            # The loop counts cancelled timers to know when to clean its heap.
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when == other._when and self._callback == other._callback
                and self._args == other._args and self._cancelled == other._cancelled)

    # Timers due at the same instant order by _seq, so they run in the
    # order they were scheduled; CPython compares `when` alone, whose ties
    # its real clock makes all but impossible.
    def __lt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when, self._seq) < (other._when, other._seq)

    def __gt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when, self._seq) > (other._when, other._seq)

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self.__eq__(other)

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self.__eq__(other)


class AbstractEventLoop:
    """What an event loop provides; every method is left to subclasses.
    (The methods for threads, processes, the network and signals are not
    here: see the package's docstring.)"""

    # Running and closing.

    def run_forever(self):
        _abstract()

    def run_until_complete(self, future):
        _abstract()

    def stop(self):
        _abstract()

    def is_running(self):
        _abstract()

    def is_closed(self):
        _abstract()

    def close(self):
        _abstract()

    async def shutdown_asyncgens(self):
        _abstract()

    async def shutdown_default_executor(self):
        _abstract()

    # Callbacks and the clock.

    def call_soon(self, callback, *args, context=None):
        _abstract()

    def call_soon_threadsafe(self, callback, *args, context=None):
        _abstract()

    def call_later(self, delay, callback, *args, context=None):
        _abstract()

    def call_at(self, when, callback, *args, context=None):
        _abstract()

    def _timer_handle_cancelled(self, handle):
        _abstract()

    def time(self):
        _abstract()

    # Futures and tasks.

    def create_future(self):
        _abstract()

    def create_task(self, coro, *, name=None, context=None):
        _abstract()

    def get_task_factory(self):
        _abstract()

    def set_task_factory(self, factory):
        _abstract()

    # Errors and debugging.

    def get_exception_handler(self):
        _abstract()

    def set_exception_handler(self, handler):
        _abstract()

    def default_exception_handler(self, context):
        _abstract()

    def call_exception_handler(self, context):
        _abstract()

    def get_debug(self):
        _abstract()

    def set_debug(self, enabled):
        _abstract()
