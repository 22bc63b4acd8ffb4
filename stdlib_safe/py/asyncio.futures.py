"""asyncio.futures for moat: Future, a result that arrives later, shown as
_asyncio.Future like CPython's C class, with isfuture() and the helpers
asyncio.tasks and the loop use.

A future is PENDING until set_result(), set_exception() or cancel() ends
it (FINISHED or CANCELLED). At that moment each done callback is handed to
the loop's ready queue, in the order they were added; a callback added
afterwards is queued at once. tasks.py reads a few internals:
_repr_info(), _make_cancelled_error(), _cancel_message, _cancelled_exc and
the name-mangled __log_traceback. A future dropped with an exception nobody
read reports it to its loop's exception handler ("Future exception was
never retrieved"), through _UnretrievedReport.
"""

import reprlib as _reprlib

from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.events import _callback_name, _get_event_loop, _refuse_context

_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """Whether obj is a future: asyncio's, or any object following its
    protocol (a class attribute _asyncio_future_blocking, not None)."""
    follows_protocol = hasattr(obj.__class__, '_asyncio_future_blocking')
    return follows_protocol and obj._asyncio_future_blocking is not None


def _get_loop(fut):
    # The loop of a future-like object: its get_loop(), else its _loop.
    getter = getattr(fut, 'get_loop', None)
    return fut._loop if getter is None else getter()


# The callback of asyncio.sleep()'s timer; timer reprs show its name.
def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _format_callbacks(entries):
    # "cb=[first(), <n more>, last()]", as the repr shows pending callbacks.
    names = [_callback_name(fn) + '()' for fn, _ in entries]
    if len(names) > 2:
        names[1:-1] = [f'<{len(names) - 2} more>']
    return f"cb=[{', '.join(names)}]"


class _UnretrievedReport:
    # What a future's __log_traceback holds while its exception is unread
    # (else False), and only there: when the future is dropped, so is this,
    # and __del__ reports the exception, as CPython's Future does from its
    # own finalizer. Reading the exception drops it, and then its __del__
    # finds it is no longer the future's and says nothing. Future itself
    # has no __del__: every future would be finalizable, and each
    # finalizable object makes drops cost moat more (vm/finalize.h).
    __slots__ = ('future',)

    def __init__(self, future):
        self.future = future

    def __del__(self):
        future = self.future
        if future._Future__log_traceback is not self:
            return
        future._Future__log_traceback = False
        future._loop.call_exception_handler({
            'message': f'{type(future).__name__} exception was never retrieved',
            'exception': future._exception,
            'future': future,
        })


class Future:
    """A result to be set later. Await it (from a task), or register done
    callbacks; result() and exception() tell how it ended."""
    __module__ = '_asyncio'

    # What an instance starts with, as CPython's C Future zero-fills them.
    _state, _result, _exception = _PENDING, None, None
    _loop = _source_traceback = None
    _cancel_message = _cancelled_exc = None
    _asyncio_future_blocking = False
    __log_traceback = False  # or the _UnretrievedReport of an unread exception

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, *, loop=None):
        self._loop = _get_event_loop() if loop is None else loop
        # CPython's C Future asks the loop for its debug flag (so anything
        # but a loop fails here); moat records no creation traceback.
        bool(self._loop.get_debug())
        self._callbacks = []

    def _repr_info(self):
        shown = [self._state.lower()]
        if self._state == _FINISHED:
            error = self._exception
            if error is None:
                shown.append(f'result={_reprlib.repr(self._result)}')
            else:
                shown.append(f'exception={error!r}')
        if self._callbacks:
            shown.append(_format_callbacks(self._callbacks))
        return shown

    # A future that holds itself (as its result, in its exception, in a
    # callback's arguments) shows "..." at the inner level. A subclass's
    # _repr_info() does not change the repr (CPython's C Future does not
    # call it).
    @_reprlib.recursive_repr()
    def __repr__(self):
        return f"<{self.__class__.__name__} {' '.join(Future._repr_info(self))}>"

    def get_loop(self):
        """The event loop this future belongs to."""
        if self._loop is None:
            raise RuntimeError("Future object is not initialized.")
        return self._loop

    def done(self):
        """Whether the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    def cancelled(self):
        """Whether the future was cancelled."""
        return self._state == _CANCELLED

    def _require_pending(self):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')

    def _end(self, state):
        # Settle the future and queue its callbacks on the loop.
        self._state = state
        waiting, self._callbacks = self._callbacks, []
        loop = self._loop
        for fn, _ in waiting:
            loop._call_soon(fn, (self,))

    def cancel(self, msg=None):
        """Cancel a pending future (True), or do nothing to a done one
        (False)."""
        self.__log_traceback = False
        if self._state == _PENDING:
            self._cancel_message = msg
            self._end(_CANCELLED)
            return True
        return False

    def set_result(self, result):
        """End the future with this result."""
        self._require_pending()
        self._result = result
        self._end(_FINISHED)

    def set_exception(self, exception):
        """End the future with this exception (a class is instantiated)."""
        self._require_pending()
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._end(_FINISHED)
        self.__log_traceback = _UnretrievedReport(self)

    def _make_cancelled_error(self):
        # The CancelledError to raise for a cancelled future: the one a
        # cancelled task ended with (handed out once), or a new one with
        # the cancel() message.
        error, self._cancelled_exc = self._cancelled_exc, None
        if error is None:
            msg = self._cancel_message
            error = CancelledError() if msg is None else CancelledError(msg)
        return error

    def _outcome_known(self, what):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError(f'{what} is not set.')
        self.__log_traceback = False

    def result(self):
        """The result; raises the future's exception instead if it has
        one, CancelledError if cancelled, InvalidStateError if pending."""
        self._outcome_known('Result')
        if self._exception is None:
            return self._result
        raise self._exception

    def exception(self):
        """The future's exception, or None if it ended with a result."""
        self._outcome_known('Exception')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop once the future is done (soon,
        if it already is)."""
        _refuse_context(context)
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop._call_soon(fn, (self,))

    def remove_done_callback(self, fn):
        """Drop every registration of fn; return how many there were."""
        kept = [entry for entry in self._callbacks
                if not (entry[0] is fn or entry[0] == fn)]
        dropped = len(self._callbacks) - len(kept)
        if dropped:
            self._callbacks[:] = kept
        return dropped

    def __await__(self):
        if not self.done():
            # The task running the coroutine waits for this future and
            # resumes it when the future is done.
            self._asyncio_future_blocking = True
            yield self
        if self.done():
            return self.result()
        raise RuntimeError("await wasn't used with future")

    __iter__ = __await__

    # Whether the exception is unread, so that dropping the future reports
    # it; it can only be cleared from outside.
    @property
    def _log_traceback(self):
        return self.__log_traceback is not False

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False
