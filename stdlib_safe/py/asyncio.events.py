"""asyncio.events, as CPython's submodule: the running loop, the event loop
policy, callback handles and AbstractEventLoop.
"""

import functools as _functools
import reprlib as _reprlib


def _refuse_context(context):
    # contextvars does not exist in moat, so a task runs in no context.
    if context is not None:
        raise NotImplementedError("context= (contextvars) is not available in the sandbox")


_running_loop = None
_event_loop_policy = None


def _get_running_loop():
    """The running event loop, or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_event_loop(stacklevel=3):
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def get_event_loop():
    """The running loop, or else the policy's current loop (made on the
    first call when none was ever set)."""
    return _get_event_loop()


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, made on demand the first time
    get_event_loop() is called before any set_event_loop()."""
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        from asyncio.unix_events import _UnixSelectorEventLoop
        return _UnixSelectorEventLoop()


def get_event_loop_policy():
    """Get the current event loop policy."""
    global _event_loop_policy
    if _event_loop_policy is None:
        from asyncio.unix_events import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None restores the default)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def _callback_name(callback):
    # CPython adds " at <file>:<line>" from the function's code, which moat
    # does not expose; the name with its arguments is what is left.
    while isinstance(callback, _functools.partial):
        callback = callback.func
    name = getattr(callback, '__qualname__', None)
    if name is None:
        name = getattr(callback, '__name__', None)
    if name is None:
        return repr(callback)
    return name


def _format_args(args):
    items = [_reprlib.repr(arg) for arg in args]
    return '(' + ', '.join(items) + ')'


def _format_callback(callback, args):
    if isinstance(callback, _functools.partial):
        suffix = _format_args(callback.args) + (_format_args(args) if args else '')
        return _format_callback(callback.func, ()).rstrip('()') + suffix
    return _callback_name(callback) + _format_args(args)


class Handle:
    """Object returned by callback registration methods."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._report(exc)

    def _report(self, exc):
        # A callback's exception goes to the loop's exception handler.
        cb = _format_callback(self._callback, self._args)
        self._loop.call_exception_handler({
            'message': f'Exception in callback {cb}',
            'exception': exc,
            'handle': self,
        })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""
    __slots__ = ['_scheduled', '_when', '_seq']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        self._seq = 0

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    # Timers due at the same instant run in the order they were scheduled
    # (_seq); CPython compares `when` alone, whose ties its real clock
    # makes all but impossible.
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) > (other._when, other._seq)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return a scheduled callback time (an absolute loop.time() value)."""
        return self._when


class AbstractEventLoop:
    """Abstract event loop."""
